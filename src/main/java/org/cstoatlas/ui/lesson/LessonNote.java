package org.cstoatlas.ui.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.LessonViewModel;

/**
 * In class: the note of the lesson's stop, large and readable from the back of the room, at the map's
 * right edge, with where the lesson is ("Stop 2 of 5"). Shown only while presenting a lesson.
 */
public final class LessonNote extends VBox {

    public LessonNote(LessonViewModel lesson) {
        getStyleClass().add("lesson-note");
        setId("lesson-note");
        Label where = new Label();
        where.getStyleClass().add("lesson-note-where");
        where.setWrapText(true);
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Texts.format("lesson.stopOf", lesson.currentProperty().get() + 1, lesson.lesson().size(), lesson.lesson().title()).strip(),
                lesson.currentProperty(), lesson.lessonProperty()));
        Label note = new Label();
        note.setId("lesson-note-text");
        note.getStyleClass().add("lesson-note-text");
        note.setWrapText(true);
        note.textProperty().bind(lesson.noteProperty());
        note.visibleProperty().bind(lesson.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(where, note);
        visibleProperty().bind(lesson.noteShownProperty());
        managedProperty().bind(visibleProperty());
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // A third of the map's width at most: the map stays the picture.
        parentProperty().addListener((obs, o, p) -> {
            if (p instanceof Region r) prefWidthProperty().bind(r.widthProperty().multiply(0.34));
        });
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new javafx.geometry.Insets(16, 16, 24, 16));
    }
}
