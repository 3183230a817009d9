package org.cstoatlas.ui.lesson;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.LessonViewModel;

/**
 * Preparing a lesson: its stops in order (date and the note's first line), the chosen stop's note, and
 * buttons to add the atlas as it looks now, take the map's view again, move, delete, save and open.
 * Choosing a stop shows it in the window. What the buttons do is the lesson view model's.
 */
public final class LessonPane extends VBox {

    private final LessonViewModel lesson;
    private final ListView<Integer> stops = new ListView<>();
    private final TextArea note = new TextArea();
    private boolean updating;

    public LessonPane(LessonViewModel lesson, Runnable save, Runnable open) {
        this.lesson = lesson;
        getStyleClass().addAll("atlas", "lesson-pane");
        setId("lesson-pane");
        setSpacing(8);
        setPadding(new Insets(12));
        TextField title = new TextField(lesson.lesson().title());
        title.setId("lesson-title");
        title.setPromptText(Texts.get("lesson.titlePrompt"));
        title.textProperty().addListener((obs, o, t) -> {
            if (!updating) lesson.setTitle(t);
        });
        stops.setId("lesson-stops");
        stops.setCellFactory(v -> new ListCell<>() {
            {
                // A long note wraps within the list instead of running off under a scroll bar.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                if (empty || i == null || i >= lesson.lesson().size()) {
                    setText(null);
                    return;
                }
                Lesson.Stop s = lesson.lesson().stop(i);
                String first = s.note().lines().findFirst().orElse("");
                setText((i + 1) + ". " + Formats.day(s.state().date()) + (first.isEmpty() ? "" : " — " + first) + (s.pin() != null ? "  · " + Texts.get("lesson.pinnedMark") : ""));
            }
        });
        stops.getSelectionModel().selectedItemProperty().addListener((obs, o, i) -> {
            if (updating || i == null) return;
            lesson.go(i);
        });
        VBox.setVgrow(stops, Priority.ALWAYS);
        stops.setMinHeight(90);
        stops.setPrefHeight(160);
        note.setId("lesson-note-editor");
        note.setPromptText(Texts.get("lesson.notePrompt"));
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.textProperty().addListener((obs, o, t) -> {
            int i = lesson.currentProperty().get();
            if (!updating && i >= 0) lesson.setNote(i, t);
        });
        // A pin: select the place on the map (a country, an event, a deployment, a base), then pin the note to it.
        Button pin = button("lesson.pinToSelection", "lesson-pin", () -> lesson.pinToSelection(lesson.currentProperty().get()));
        pin.disableProperty().bind(lesson.canPinProperty().not());
        pin.setTooltip(new javafx.scene.control.Tooltip(Texts.get("lesson.pinHint")));
        Button unpin = button("lesson.unpin", "lesson-unpin", () -> lesson.unpin(lesson.currentProperty().get()));
        unpin.disableProperty().bind(lesson.pinProperty().isNull());
        Label pinned = new Label();
        pinned.setId("lesson-pinned");
        pinned.setWrapText(true);
        pinned.getStyleClass().add("lesson-hint");
        pinned.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Lesson.Pin p = lesson.pinProperty().get();
            if (lesson.currentProperty().get() < 0) return "";
            if (p == null) return Texts.get("lesson.notPinned");
            String place = lesson.placeName(p, Texts::name);
            return place != null ? Texts.format("lesson.pinnedTo", place)
                    : Texts.format("lesson.pinnedAt", String.format(java.util.Locale.ROOT, "%.1f°", p.lat()), String.format(java.util.Locale.ROOT, "%.1f°", p.lon()));
        }, lesson.pinProperty(), lesson.currentProperty()));
        Button add = button("lesson.add", "lesson-add", () -> lesson.addCurrent(""));
        Button retake = button("lesson.retake", "lesson-retake", () -> lesson.updateFromAtlas(lesson.currentProperty().get()));
        Button up = button("lesson.up", "lesson-up", () -> lesson.move(lesson.currentProperty().get(), -1));
        Button down = button("lesson.down", "lesson-down", () -> lesson.move(lesson.currentProperty().get(), +1));
        Button delete = button("lesson.delete", "lesson-delete", () -> lesson.delete(lesson.currentProperty().get()));
        for (Button b : java.util.List.of(retake, up, down, delete)) b.disableProperty().bind(lesson.currentProperty().lessThan(0));
        note.disableProperty().bind(lesson.currentProperty().lessThan(0));
        // The buttons wrap rather than shrink to "…": every one says what it does at any text size.
        javafx.scene.layout.FlowPane edit = new javafx.scene.layout.FlowPane(6, 6, add, retake, up, down, delete);
        javafx.scene.layout.FlowPane files = new javafx.scene.layout.FlowPane(6, 6, button("lesson.save", "lesson-save", save), button("lesson.open", "lesson-open", open));
        Label hint = new Label(Texts.get("lesson.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("lesson-hint");
        javafx.scene.layout.FlowPane pins = new javafx.scene.layout.FlowPane(6, 6, pin, unpin);
        // Each field says what it is: the title's prompt hid while it had the keys, and the empty list said nothing.
        Label titleLabel = new Label(Texts.get("lesson.titleLabel"));
        titleLabel.setLabelFor(title);
        Label stopsLabel = new Label(Texts.get("lesson.stops"));
        stopsLabel.setLabelFor(stops);
        Label noStops = new Label(Texts.get("lesson.noStops"));
        noStops.setWrapText(true);
        noStops.getStyleClass().add("lesson-hint");
        stops.setPlaceholder(noStops);
        Label noteLabel = new Label(Texts.get("lesson.note"));
        noteLabel.setLabelFor(note);
        // The form scrolls where the window is short (1024 × 768 at 175 %); Save and Open stay in sight below it.
        VBox form = new VBox(8, titleLabel, title, stopsLabel, stops, edit, noteLabel, note, pins, pinned, hint);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.getStyleClass().add("lesson-form");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // As tall as the view, or taller with a scroll bar: fitted to the height, it was laid out past the bottom.
        form.minHeightProperty().bind(scroll.viewportBoundsProperty().map(b -> Math.max(b.getHeight(), form.prefHeight(b.getWidth()))));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, files);
        // The list gives way when the window is short; the note, the words and the buttons never do.
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (javafx.scene.layout.Region r : java.util.List.of(hint, pinned, edit, files, pins)) r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Runnable refresh = () -> {
            updating = true;
            try {
                Lesson l = lesson.lesson();
                if (!title.getText().equals(l.title())) title.setText(l.title());
                stops.getItems().setAll(java.util.stream.IntStream.range(0, l.size()).boxed().toList());
                int i = lesson.currentProperty().get();
                if (i >= 0 && i < l.size()) {
                    stops.getSelectionModel().select(i);
                    if (!note.getText().equals(l.stop(i).note())) note.setText(l.stop(i).note());
                } else {
                    stops.getSelectionModel().clearSelection();
                    note.setText("");
                }
                stops.refresh();
            } finally {
                updating = false;
            }
        };
        lesson.lessonProperty().addListener((obs, o, n) -> refresh.run());
        lesson.currentProperty().addListener((obs, o, n) -> refresh.run());
        refresh.run();
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
