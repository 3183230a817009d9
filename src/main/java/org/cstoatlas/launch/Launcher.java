package org.cstoatlas.launch;

import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.startup.Phases;
import org.cstoatlas.ui.app.DesktopEntry;

/**
 * The program's entry point. Not a JavaFX {@code Application}: started from the class path, an
 * Application main class fails with "JavaFX runtime components are missing". It hands the command line
 * the desktop (the window and the off-screen renderer), so the command line names no window class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Phases.mainStarted();
        int code = new CommandLine(System.out, System.err, new DesktopEntry()).run(args);
        // The snapshot and bench commands leave the JavaFX toolkit running; the process ends here.
        System.exit(code);
    }
}
