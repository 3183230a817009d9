package org.cstoatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.WindowOptions;

/**
 * The one way the command line reaches the window: opening it, rendering it off-screen, measuring it.
 * The launcher hands the command line an implementation; the command line never names a window class.
 */
public interface Desktop {

    /**
     * Opens the atlas window on what the options ask; returns when it closes.
     *
     * @throws Unavailable when there is no display to open it on
     */
    void open(WindowOptions options) throws Unavailable;

    /** The window cannot open here (no display); the message says why and what works instead. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What was asked cannot be shown (a selection the record lacks, a range with no frame or too many):
     * the user's input, answered with exit 2. Anything else thrown by the window is a defect (exit 3),
     * and an {@link java.io.IOException} a file not written (exit 4).
     */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Renders the window showing the state at the size, off-screen, and writes it as a PNG.
     *
     * @param presenting whether the window is in presentation mode
     * @throws Refused when the state selects what the record lacks
     * @throws java.io.IOException when the PNG cannot be written
     */
    void snapshot(AtlasState state, int width, int height, boolean presenting, Path out) throws Exception;

    /**
     * Films the animation of the bundled record off-screen over {@code base} (theme, language, map) and
     * writes it to {@code out}; the answer is the number of frames.
     *
     * @throws Refused when the range holds no frame or too many
     */
    default int animate(Animation animation, AtlasState base, Path out) throws Exception {
        throw new IllegalStateException("no window in this program");
    }

    /**
     * Renders one picture of the window per stop of a lesson, off-screen, as numbered PNGs in {@code dir};
     * the answer is the files written.
     */
    default java.util.List<Path> snapshotLesson(Lesson lesson, int width, int height, boolean presenting, Path dir) throws Exception {
        throw new IllegalStateException("no window in this program");
    }

    /** Measures start-up (and, unless {@code startupOnly}, scrubbing and panning), one figure a line. */
    void bench(PrintStream out, int stepDays, boolean startupOnly) throws Exception;

    /** For a command line with no window (the headless commands' tests). */
    Desktop NONE = new Desktop() {
        public void open(WindowOptions options) {
            throw new IllegalStateException("no window in this program");
        }

        public void snapshot(AtlasState state, int width, int height, boolean presenting, Path out) {
            throw new IllegalStateException("no window in this program");
        }

        public void bench(PrintStream out, int stepDays, boolean startupOnly) {
            throw new IllegalStateException("no window in this program");
        }
    };
}
