package org.cstoatlas.startup;

/**
 * When the program's own code began: the launcher notes it first thing, so the benchmark can tell the
 * JVM's start (before any of the atlas's code runs) from the atlas's own start-up. A plain clock
 * reading: asking the management beans this early would load them into the very start being measured.
 */
public final class Phases {

    private static volatile long mainAt;

    private Phases() {
    }

    /** Called first thing in main. */
    public static void mainStarted() {
        if (mainAt == 0) mainAt = System.currentTimeMillis();
    }

    /** The wall-clock time main began (ms since the epoch), or 0 when it was not noted. */
    public static long mainAt() {
        return mainAt;
    }
}
