package org.cstoatlas.ui.window;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/** The Classroom menu: preparing, opening and saving a lesson, and starting a quiz. */
final class ClassroomMenu {

    private ClassroomMenu() {
    }

    static Menu of(AtlasViewModel vm, WindowActions actions) {
        MenuItem close = item("menu.classroom.closeLesson", "close-lesson", () -> vm.lesson().close());
        close.disableProperty().bind(vm.lesson().openProperty().not());
        MenuItem save = item("menu.classroom.saveLesson", "save-lesson", actions::saveLesson);
        save.disableProperty().bind(vm.lesson().openProperty().not());
        Menu lessons = new Menu(Texts.get("menu.classroom.lessons"));
        lessons.setId("ready-lessons");
        Menu menu = new Menu(Texts.get("menu.classroom"), null,
                item("menu.classroom.editLesson", "edit-lesson", actions::editLesson),
                item("menu.classroom.openLesson", "open-lesson", actions::openLesson), lessons, save, close, new SeparatorMenuItem(),
                item("menu.classroom.quiz", "start-quiz", actions::startQuiz));
        menu.setId("classroom-menu");
        // The ready lessons are read when the menu first opens, not before the first map (each is a file to parse).
        org.cstoatlas.record.Language language = Texts.language();
        boolean[] filled = {false};
        menu.setOnShowing(e -> {
            if (!filled[0]) fill(lessons, vm, actions, language);
            filled[0] = true;
        });
        return menu;
    }

    /** Classroom ▸ Lessons: the ready lessons, each by its title in the window's language. */
    private static void fill(Menu lessons, AtlasViewModel vm, WindowActions actions, org.cstoatlas.record.Language language) {
        for (java.nio.file.Path file : org.cstoatlas.Bundled.lessons()) {
            try {
                String title = org.cstoatlas.state.Lesson.read(file, vm.state()).title(language);
                MenuItem i = new MenuItem(title.isBlank() ? file.getFileName().toString() : title);
                i.setOnAction(e -> actions.openLesson(file));
                lessons.getItems().add(i);
            } catch (org.cstoatlas.state.SavedView.Unreadable e) {
                // A ready lesson that does not read is left out; the build's test reads every one.
            }
        }
        lessons.setDisable(lessons.getItems().isEmpty());
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem i = new MenuItem(Texts.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
