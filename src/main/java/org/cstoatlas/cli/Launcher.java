package org.cstoatlas.cli;

/**
 * The program's entry point. Not a JavaFX {@code Application}: started from the class path, an
 * Application main class fails with "JavaFX runtime components are missing". With a command it runs
 * headless; otherwise it opens the atlas window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            int code = new CommandLine(System.out, System.err).run(args);
            // The snapshot and bench commands leave the JavaFX toolkit running; the process ends here.
            System.exit(code);
        }
        // A wrong window option ends here, before the toolkit starts or any window opens.
        WindowOptions options = WindowOptions.read(java.util.List.of(args), System.err);
        if (options == null) System.exit(2);
        org.cstoatlas.ui.AtlasApp.open(options);
    }
}
