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
        Menu menu = new Menu(Texts.get("menu.classroom"), null,
                item("menu.classroom.editLesson", "edit-lesson", actions::editLesson),
                item("menu.classroom.openLesson", "open-lesson", actions::openLesson), lessons(vm, actions), save, close, new SeparatorMenuItem(),
                item("menu.classroom.quiz", "start-quiz", actions::startQuiz));
        menu.setId("classroom-menu");
        return menu;
    }

    /** Classroom ▸ Lessons: the ready lessons, each by its title in the window's language. */
    private static Menu lessons(AtlasViewModel vm, WindowActions actions) {
        Menu lessons = new Menu(Texts.get("menu.classroom.lessons"));
        lessons.setId("ready-lessons");
        for (java.nio.file.Path file : org.cstoatlas.Bundled.lessons()) {
            try {
                String title = org.cstoatlas.state.Lesson.read(file, vm.state()).title(Texts.language());
                MenuItem i = new MenuItem(title.isBlank() ? file.getFileName().toString() : title);
                i.setOnAction(e -> actions.openLesson(file));
                lessons.getItems().add(i);
            } catch (org.cstoatlas.state.SavedView.Unreadable e) {
                // A ready lesson that does not read is left out; the build's test reads every one.
            }
        }
        lessons.setDisable(lessons.getItems().isEmpty());
        return lessons;
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem i = new MenuItem(Texts.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
