package org.cstoatlas.ui.lesson;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
        where.textProperty().bind(lesson.whereProperty());
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
        // A third of the map's width, so the map stays the picture; where the note's words would not fit
        // the map's height at their size (at 1024 × 768 and 175 % they were cut to "... by Russia, ..."),
        // the words get smaller, never the map.
        parentProperty().addListener((obs, o, p) -> {
            if (!(p instanceof Region r)) return;
            prefWidthProperty().bind(r.widthProperty().multiply(0.34));
            Runnable fit = () -> fit(r, note);
            r.widthProperty().addListener((w, a, b) -> fit.run());
            r.heightProperty().addListener((w, a, b) -> fit.run());
            note.textProperty().addListener((w, a, b) -> fit.run());
            sceneProperty().addListener((w, a, sc) -> {
                if (sc != null) sc.getRoot().styleProperty().addListener((x, y, z) -> fit.run());
            });
            fit.run();
        });
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(16, 16, 24, 16));
    }

    /** The note's words at their size (1.7 times the window's), or smaller down to the window's own, so the whole note fits the map's height. */
    private void fit(Region map, Label note) {
        Insets margin = StackPane.getMargin(this);
        double room = map.getHeight() - (margin == null ? 0 : margin.getTop() + margin.getBottom());
        double width = map.getWidth() * 0.34;
        if (!(room > 0) || !(width > 0) || getScene() == null) return;
        for (int tenths = 17; tenths >= 10; tenths--) {
            note.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fem;", tenths / 10.0));
            applyCss();
            if (prefHeight(width) <= room) return;
        }
    }
}
