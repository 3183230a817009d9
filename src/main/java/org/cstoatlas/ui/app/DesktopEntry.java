package org.cstoatlas.ui.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.cstoatlas.cli.Desktop;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.WindowOptions;

/** The window and the off-screen renderer, as the command line reaches them. */
public final class DesktopEntry implements Desktop {

    @Override
    public void open(WindowOptions options) throws Unavailable {
        // On Linux, GTK without a display fails with a stack trace deep in the toolkit: say it plainly first.
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean headless = "Monocle".equals(System.getProperty("glass.platform"));
        if (linux && !headless && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new Unavailable("there is no display to open the atlas window on (DISPLAY is not set); "
                    + "the commands (status, snapshot, ...) work without one: see --help");
        }
        AtlasApp.open(options);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void snapshot(AtlasState state, int width, int height, boolean presenting, Path out) throws Exception {
        Snapshot.write(state, width, height, presenting, out);
    }

    @Override
    public int animate(Animation animation, AtlasState base, Path out) throws Exception {
        return Snapshot.animate(animation, base, out);
    }

    @Override
    public java.util.List<Path> snapshotLesson(Lesson lesson, int width, int height, boolean presenting, Path dir) throws Exception {
        return Snapshot.lesson(lesson, width, height, presenting, dir);
    }

    @Override
    public void bench(PrintStream out, int stepDays, boolean startupOnly) throws Exception {
        Bench.run(out, stepDays, startupOnly);
    }
}
