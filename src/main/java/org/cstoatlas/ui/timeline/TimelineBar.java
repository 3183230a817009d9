package org.cstoatlas.ui.timeline;

import java.time.LocalDate;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Response;
import org.cstoatlas.ui.Formats;
import org.cstoatlas.ui.Texts;
import org.cstoatlas.ui.state.AtlasViewModel;

/**
 * The selected date, large; a slider from 1992 to today, day by day, with a tick for each event of
 * the record; buttons to step, to jump from event to event, and to play.
 */
public final class TimelineBar extends VBox {

    private static final javafx.css.PseudoClass CONTESTED = javafx.css.PseudoClass.getPseudoClass("contested");
    private static final javafx.css.PseudoClass NO_DEPLOYMENT = javafx.css.PseudoClass.getPseudoClass("no-deployment");

    private final AtlasViewModel vm;
    private final Slider slider;
    private final Label dateLabel = new Label();
    private final Pane ticks = new Pane();
    private final Button play = new Button();
    private boolean syncing;

    public TimelineBar(AtlasViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline");

        dateLabel.getStyleClass().add("date-label");
        // The date is never cut short; the event hint beside it gives way instead.
        dateLabel.setMinWidth(Region.USE_PREF_SIZE);
        dateLabel.setId("date-label");
        Label hint = new Label();
        hint.getStyleClass().add("date-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> eventHint(vm.getDate()), vm.dateProperty()));

        slider = new Slider(vm.firstDay().toEpochDay(), vm.lastDay().toEpochDay(), vm.getDate().toEpochDay());
        slider.setId("timeline-slider");
        slider.getStyleClass().add("timeline-slider");
        slider.setBlockIncrement(1);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(365.25 * 5);
        slider.setMinorTickCount(4);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                // Ticks fall every 5 × 365.25 days from 1 January 1992: name the nearest new year.
                int year = LocalDate.ofEpochDay(Math.round(d) + 183).getYear();
                return Integer.toString(Math.min(year, vm.lastDay().getYear()));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        slider.setAccessibleText(Texts.get("timeline.date"));
        slider.setFocusTraversable(false); // the window's keys step the date; the slider is for the mouse
        slider.valueProperty().addListener((obs, o, n) -> {
            if (syncing) return;
            vm.setDate(LocalDate.ofEpochDay(Math.round(n.doubleValue())));
        });
        vm.dateProperty().addListener((obs, o, d) -> show(d));

        ticks.getStyleClass().add("event-ticks");
        ticks.setMouseTransparent(false);
        ticks.setPrefHeight(12);
        ticks.setMinHeight(12);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(ticks.widthProperty());
        clip.heightProperty().bind(ticks.heightProperty());
        ticks.setClip(clip);
        slider.widthProperty().addListener((obs, o, n) -> placeTicks());
        vm.shownKinds().addListener((javafx.collections.SetChangeListener<EventKind>) c -> ticks.getChildren()
                .forEach(t -> t.setVisible(vm.shownKinds().contains(((Event) t.getUserData()).kind()))));
        VBox track = new VBox(2, ticks, slider);
        HBox.setHgrow(track, Priority.ALWAYS);

        play.setId("play");
        play.getStyleClass().add("play-button");
        play.textProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty()).then(Texts.get("timeline.pause")).otherwise(Texts.get("timeline.play")));
        play.setTooltip(new Tooltip(Texts.get("timeline.play.tip")));
        play.setOnAction(e -> vm.togglePlay());
        ChoiceBox<Speed> speed = new ChoiceBox<>();
        speed.getItems().addAll(Speed.values());
        speed.setValue(Speed.YEAR);
        speed.setId("play-speed");
        speed.setTooltip(new Tooltip(Texts.get("timeline.speed.tip")));
        speed.setAccessibleText(Texts.get("timeline.speed.accessible"));
        speed.valueProperty().addListener((obs, o, n) -> apply(vm, n));
        apply(vm, speed.getValue());

        // A flow, not a row: at a projector's text size the buttons wrap instead of being cut off.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(4, 4,
                button("|◀", Texts.get("timeline.first.tip"), "first", vm::goToFirst),
                button(Texts.get("timeline.previousEvent"), Texts.get("timeline.previousEvent.tip"), "previous-event", vm::previousEvent),
                button(Texts.get("timeline.yearBack"), Texts.get("timeline.yearBack.tip"), "year-back", () -> vm.stepYears(-1)),
                button(Texts.get("timeline.monthBack"), Texts.get("timeline.monthBack.tip"), "month-back", () -> vm.stepMonths(-1)),
                button(Texts.get("timeline.dayBack"), Texts.get("timeline.dayBack.tip"), "day-back", () -> vm.stepDays(-1)),
                play,
                button(Texts.get("timeline.dayForward"), Texts.get("timeline.dayForward.tip"), "day-forward", () -> vm.stepDays(1)),
                button(Texts.get("timeline.monthForward"), Texts.get("timeline.monthForward.tip"), "month-forward", () -> vm.stepMonths(1)),
                button(Texts.get("timeline.yearForward"), Texts.get("timeline.yearForward.tip"), "year-forward", () -> vm.stepYears(1)),
                button(Texts.get("timeline.nextEvent"), Texts.get("timeline.nextEvent.tip"), "next-event", vm::nextEvent),
                button("▶|", Texts.get("timeline.last.tip"), "last", vm::goToLast),
                button(Texts.get("timeline.today"), Texts.get("timeline.today.tip"), "today", vm::goToLast),
                speed);
        buttons.setAlignment(Pos.CENTER);
        buttons.prefWrapLengthProperty().bind(widthProperty().subtract(32));
        buttons.getStyleClass().add("timeline-buttons");

        HBox header = new HBox(12, dateLabel, hint, spacer(), compareControl(vm));
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, track, buttons);

        AnimationTimer timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) vm.advancePlay((now - last) / 1e9);
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        vm.playingProperty().addListener((obs, o, on) -> {
            if (on) timer.start(); else timer.stop();
        });
        show(vm.getDate());
        placeTicks();
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** "Compare with [date] ✕": a second date; the map then shades what changed between the two. */
    private static HBox compareControl(AtlasViewModel vm) {
        Label label = new Label(Texts.get("timeline.compare"));
        label.getStyleClass().add("compare-label");
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker();
        picker.setId("compare-date");
        picker.setPromptText(Texts.get("timeline.compare.prompt"));
        picker.setPrefWidth(170);
        picker.setAccessibleText(Texts.get("timeline.compare.accessible"));
        picker.setTooltip(new Tooltip(Texts.get("timeline.compare.tip")));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                // A date the user is still typing, or a wrong one, simply means no comparison yet.
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.valueProperty().bindBidirectional(vm.compareDateProperty());
        Button clear = new Button("✕");
        clear.setId("compare-clear");
        clear.setTooltip(new Tooltip(Texts.get("timeline.compare.stop")));
        clear.setAccessibleText(Texts.get("timeline.compare.stop"));
        clear.disableProperty().bind(vm.compareDateProperty().isNull());
        clear.setOnAction(e -> vm.compareDateProperty().set(null));
        HBox box = new HBox(6, label, picker, clear);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("compare-control");
        return box;
    }

    private Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("step-button");
        return b;
    }

    private void show(LocalDate d) {
        dateLabel.setText(Formats.day(d));
        syncing = true;
        slider.setValue(d.toEpochDay());
        syncing = false;
    }

    private String eventHint(LocalDate d) {
        var today = vm.index().eventsBetween(d, d);
        if (!today.isEmpty()) return "● " + today.get(0).title() + (today.size() > 1 ? " " + Texts.format("timeline.moreEvents", today.size() - 1) : "");
        return "";
    }

    /** A tick per event, placed where the slider's thumb would stand on that day. */
    private void placeTicks() {
        ticks.getChildren().clear();
        double width = slider.getWidth();
        if (width <= 0) return;
        // The slider's track is inset by about half the thumb's width at each end.
        double inset = 8;
        double span = vm.lastDay().toEpochDay() - vm.firstDay().toEpochDay();
        for (Event e : vm.record().events()) {
            double t = (e.date().first().toEpochDay() - vm.firstDay().toEpochDay()) / span;
            if (t < 0 || t > 1) continue;
            Region tick = new Region();
            tick.getStyleClass().addAll("event-tick", "kind-" + e.kind().id());
            tick.pseudoClassStateChanged(CONTESTED, !vm.record().disagreementsAbout(Disagreement.Kind.EVENT, e.id()).isEmpty());
            tick.pseudoClassStateChanged(NO_DEPLOYMENT, e.response() != null && e.response() != Response.DEPLOYMENT);
            tick.setVisible(vm.shownKinds().contains(e.kind()));
            tick.setPrefSize(4, 12);
            tick.relocate(inset + t * (width - 2 * inset) - 2, 0);
            Tooltip.install(tick, new Tooltip(Formats.date(e.date()) + ": " + e.title()
                    + (e.response() != null && e.response() != Response.DEPLOYMENT ? "\n" + Texts.get("timeline.noDeployment") : "")
                    + (tick.getPseudoClassStates().contains(CONTESTED) ? "\n" + Texts.get("timeline.contested") : "")));
            tick.setOnMouseClicked(ev -> vm.selectEvent(e));
            tick.setUserData(e);
            ticks.getChildren().add(tick);
        }
    }

    private static void apply(AtlasViewModel vm, Speed s) {
        vm.playSpeedProperty().set(s.daysPerSecond);
        vm.eventPauseProperty().set(s.eventPause);
    }

    /** Play speeds, as a teacher chooses them: through time, or event by event with a pause on each. */
    public enum Speed {
        MONTH("month", 30.44, 0), YEAR("year", 365.25, 0), FIVE_YEARS("fiveYears", 5 * 365.25, 0),
        EVENTS("events", 0, 5), EVENTS_SLOW("eventsSlow", 0, 10);

        /** The texts' key: {@code timeline.speed.KEY}. */
        final String key;
        final double daysPerSecond;
        final double eventPause;

        Speed(String key, double daysPerSecond, double eventPause) {
            this.key = key;
            this.daysPerSecond = daysPerSecond;
            this.eventPause = eventPause;
        }

        @Override
        public String toString() {
            return Texts.get("timeline.speed." + key);
        }
    }

    /** The event ticks shown now (a filter hides some). */
    public java.util.List<Event> visibleTicks() {
        return ticks.getChildren().stream().filter(javafx.scene.Node::isVisible).map(n -> (Event) n.getUserData()).toList();
    }

    /** The nodes a test or the window may want to reach. */
    public Slider slider() {
        return slider;
    }

    public Node dateLabel() {
        return dateLabel;
    }
}
