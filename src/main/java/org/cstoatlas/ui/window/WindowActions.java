package org.cstoatlas.ui.window;

import org.cstoatlas.record.Language;

/**
 * What the window's menus ask of whoever owns the window (the session): the files, the language, the
 * dialogs. The window decides none of it; a window made for a picture or a test does nothing.
 */
public interface WindowActions {

    void exportMap();

    /** The membership chart of the alliance(s) on the map, as a PNG. */
    void exportChart();

    void exportStatus();

    void exportEvidence();

    void saveView();

    void openView();

    void openDataset();

    void reloadBundled();

    /** Shows the window in another language, in the same state. */
    void speak(Language language);

    /** A message with a title, in the atlas's look. */
    void inform(String title, String text);

    void quit();

    // ---- the classroom (defaults do nothing, for windows nobody owns) ----

    /** File ▸ Export animation: the dialog, then the filming with its progress bar. */
    default void exportAnimation() {
    }

    /** The lesson editor, beside the window. */
    default void editLesson() {
    }

    default void openLesson() {
    }

    default void saveLesson() {
    }

    /** Classroom ▸ Lessons: opens a ready lesson on its first stop. */
    default void openLesson(java.nio.file.Path lesson) {
    }

    /** File ▸ Share ▸ Web page: the atlas (and the open lesson) as one offline web page, with progress and Cancel. */
    default void shareWebPage() {
    }

    /** The quiz's set-up, then the quiz over the map. */
    default void startQuiz() {
    }

    /** For windows nobody owns: an off-screen picture, a test of the window alone. */
    WindowActions NONE = new WindowActions() {
        public void exportMap() {
        }

        public void exportChart() {
        }

        public void exportStatus() {
        }

        public void exportEvidence() {
        }

        public void saveView() {
        }

        public void openView() {
        }

        public void openDataset() {
        }

        public void reloadBundled() {
        }

        public void speak(Language language) {
        }

        public void inform(String title, String text) {
        }

        public void quit() {
        }
    };
}
