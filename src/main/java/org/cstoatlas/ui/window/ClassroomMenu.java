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
                item("menu.classroom.openLesson", "open-lesson", actions::openLesson), save, close, new SeparatorMenuItem(),
                item("menu.classroom.quiz", "start-quiz", actions::startQuiz));
        menu.setId("classroom-menu");
        return menu;
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem i = new MenuItem(Texts.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
