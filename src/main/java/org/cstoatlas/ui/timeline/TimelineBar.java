package org.cstoatlas.ui.timeline;

import org.cstoatlas.ui.look.HoverTip;
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
import org.cstoatlas.state.PlaySpeed;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The selected date, large; a slider from 1992 to today, day by day, with a tick for each event of
 * the record; buttons to step, to jump from event to event, and to play.
 */
public final class TimelineBar extends VBox {

    private static final javafx.css.PseudoClass CONTESTED = javafx.css.PseudoClass.getPseudoClass("contested");
    private static final javafx.css.PseudoClass NO_DEPLOYMENT = javafx.css.PseudoClass.getPseudoClass("no-deployment");

    private final TimelineViewModel model;
    private final AtlasViewModel vm;
    private final Slider slider;
    private final Label dateLabel = new Label();
    private final Pane ticks = new Pane();
    private final Button play = new Button();
    private final HBox buttons;
    /** Whether the buttons show icons; the width their words need, NaN until measured. */
    private boolean icons;
    private final javafx.beans.property.BooleanProperty iconsShown = new javafx.beans.property.SimpleBooleanProperty();
    private double wordsWidth = Double.NaN;
    private boolean syncing;

    public TimelineBar(AtlasViewModel vm) {
        this(new TimelineViewModel(vm));
    }

    public TimelineBar(TimelineViewModel model) {
        this.model = model;
        this.vm = model.atlas();
        getStyleClass().add("timeline");
        // A quiz question answered on the map holds the date: the timeline waits until it is answered.
        disableProperty().bind(vm.dateHeldProperty());

        dateLabel.getStyleClass().add("date-label");
        // The date is never cut short; the event hint beside it gives way instead.
        dateLabel.setMinWidth(Region.USE_PREF_SIZE);
        dateLabel.setId("date-label");
        Label hint = new Label();
        hint.getStyleClass().add("date-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> eventHint(model.eventsOfDateProperty().get()),
                model.eventsOfDateProperty()));

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
                // Ticks fall every n × 365.25 days from the span's 1 January: name the nearest new year.
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
        // The years under the slider are there at once: its axis faded them in over most of a second
        // after every new width or span, and a picture took them half drawn (two snapshots of one build differed there).
        slider.skinProperty().addListener((obs, o, skin) -> {
            if (slider.lookup(".axis") instanceof javafx.scene.chart.Axis<?> axis) axis.setAnimated(false);
        });
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
        slider.widthProperty().addListener((obs, o, n) -> {
            thinLabels();
            placeTicks();
        });
        model.spanProperty().addListener((obs, o, n) -> {
            LocalDate[] days = model.spanDays();
            // The date stays where it is when the span holds it, else it goes to the span's nearer end.
            LocalDate d = vm.getDate();
            syncing = true;
            slider.setMin(days[0].toEpochDay());
            slider.setMax(days[1].toEpochDay());
            syncing = false;
            thinLabels();
            if (d.isBefore(days[0])) vm.setDate(days[0]);
            else if (d.isAfter(days[1])) vm.setDate(days[1]);
            else show(d);
            placeTicks();
        });
        vm.shownKinds().addListener((javafx.collections.SetChangeListener<EventKind>) c -> ticks.getChildren()
                .forEach(t -> t.setVisible(model.shown((Event) t.getUserData()))));
        vm.alliancesProperty().addListener((obs, o, n) -> placeTicks());
        VBox track = new VBox(2, ticks, slider);
        track.getStyleClass().add("timeline-track");
        HBox.setHgrow(track, Priority.ALWAYS);

        play.setId("play");
        play.getStyleClass().add("play-button");
        play.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> iconsShown.get()
                ? (vm.playingProperty().get() ? "❚❚" : "▶")
                : Texts.get(vm.playingProperty().get() ? "timeline.pause" : "timeline.play"), vm.playingProperty(), iconsShown));
        HoverTip.help(play, Texts.get("timeline.play.tip"));
        play.setOnAction(e -> vm.togglePlay());
        ChoiceBox<PlaySpeed> speed = new ChoiceBox<>();
        speed.getItems().addAll(PlaySpeed.values());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlaySpeed s) {
                return s == null ? "" : speedText(s);
            }

            @Override
            public PlaySpeed fromString(String s) {
                return null;
            }
        });
        speed.setId("play-speed");
        HoverTip.help(speed, Texts.get("timeline.speed.tip"));
        speed.setAccessibleText(Texts.get("timeline.speed.accessible"));
        speed.valueProperty().bindBidirectional(vm.playSpeedProperty());
        ChoiceBox<TimelineViewModel.Span> span = spanChoice();
        // The choosers keep their whole words ("1 y…", "All…" at 1024 px and 175 %): the buttons turn to icons first.
        speed.setMinWidth(Region.USE_PREF_SIZE);
        span.setMinWidth(Region.USE_PREF_SIZE);

        // One row, always: where the words do not fit (a projector's text size in a small window) the
        // buttons show their icons only; the tooltip and the accessible name keep the words.
        buttons = new HBox(4,
                button("|◀", "|◀", Texts.get("timeline.first.tip"), "first", vm::goToFirst),
                button(Texts.get("timeline.previousEvent"), "◀◀", Texts.get("timeline.previousEvent.tip"), "previous-event", vm::previousEvent),
                button(Texts.get("timeline.yearBack"), Texts.get("timeline.yearBack.icon"), Texts.get("timeline.yearBack.tip"), "year-back", () -> vm.stepYears(-1)),
                button(Texts.get("timeline.monthBack"), Texts.get("timeline.monthBack.icon"), Texts.get("timeline.monthBack.tip"), "month-back", () -> vm.stepMonths(-1)),
                button(Texts.get("timeline.dayBack"), Texts.get("timeline.dayBack.icon"), Texts.get("timeline.dayBack.tip"), "day-back", () -> vm.stepDays(-1)),
                play,
                button(Texts.get("timeline.dayForward"), Texts.get("timeline.dayForward.icon"), Texts.get("timeline.dayForward.tip"), "day-forward", () -> vm.stepDays(1)),
                button(Texts.get("timeline.monthForward"), Texts.get("timeline.monthForward.icon"), Texts.get("timeline.monthForward.tip"), "month-forward", () -> vm.stepMonths(1)),
                button(Texts.get("timeline.yearForward"), Texts.get("timeline.yearForward.icon"), Texts.get("timeline.yearForward.tip"), "year-forward", () -> vm.stepYears(1)),
                button(Texts.get("timeline.nextEvent"), "▶▶", Texts.get("timeline.nextEvent.tip"), "next-event", vm::nextEvent),
                button("▶|", "▶|", Texts.get("timeline.last.tip"), "last", vm::goToLast),
                button(Texts.get("timeline.today"), null, Texts.get("timeline.today.tip"), "today", vm::goToLast),
                speed, span);
        play.setAccessibleText(Texts.get("timeline.play.tip"));
        // In words, as wide as the wider of its two ("❚❚ Pause" needed 94 px in bold where the stylesheet's
        // 6.5em gave 91, and showed "Pa…" while playing), so neither is cut and the row does not move as it turns.
        javafx.beans.InvalidationListener fit = x -> play.setMinWidth(iconsShown.get() ? Region.USE_PREF_SIZE
                : Math.max(wordsWidth("timeline.play"), wordsWidth("timeline.pause")));
        for (javafx.beans.Observable o : java.util.List.of(play.fontProperty(), play.paddingProperty(), iconsShown)) o.addListener(fit);
        fit.invalidated(null);
        buttons.setAlignment(Pos.CENTER);
        buttons.setMinWidth(0);
        buttons.getStyleClass().add("timeline-buttons");
        // A new text size measures the words again.
        vm.textScaleProperty().addListener((obs, o, n) -> {
            wordsWidth = Double.NaN;
            iconsWidth = Double.NaN;
            useIcons(false);
        });

        HBox compare = compareControl(vm);
        Node compareWords = compare.getChildren().get(0);
        // "Compare with" is whole or gone, never "Compare ..."; the event's hint beside the date gives way first.
        ((Region) compareWords).setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        dateField.setId("go-to-date");
        dateField.getStyleClass().add("date-field");
        dateField.setPromptText(Texts.get("timeline.compare.prompt"));
        dateField.setAccessibleText(Texts.get("timeline.goTo.accessible"));
        HoverTip.help(dateField, Texts.get("timeline.goTo.tip"));
        dateField.setPrefColumnCount(10);
        dateField.setVisible(false);
        dateField.setManaged(false);
        dateField.setOnAction(e -> {
            java.util.Optional<LocalDate> d = TimelineViewModel.typedDate(dateField.getText());
            dateField.pseudoClassStateChanged(WRONG, d.isEmpty());
            d.ifPresent(day -> {
                vm.setDate(day);
                endDateEntry();
            });
        });
        dateField.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                endDateEntry();
                e.consume();
            }
        });
        dateField.focusedProperty().addListener((obs, o, on) -> {
            if (!on) endDateEntry();
        });
        dateLabel.setOnMouseClicked(e -> askDate());
        HBox header = new HBox(12, dateLabel, dateField, hint, spacer(), compare) {
            @Override
            protected void layoutChildren() {
                // The words "Compare with" give way where the row is short; the date field and its ✕ stay.
                compareWords.setManaged(true);
                boolean fits = dateLabel.prefWidth(-1) + compare.prefWidth(-1) + 36 + snappedLeftInset() + snappedRightInset() <= getWidth();
                compareWords.setVisible(fits);
                compareWords.setManaged(fits);
                // The event's hint shows some of its words or none: cut to "…" it said nothing (7 October 2002 at 1024 px, 175 %).
                double left = getWidth() - snappedLeftInset() - snappedRightInset() - dateLabel.prefWidth(-1) - compare.prefWidth(-1)
                        - (dateField.isManaged() ? dateField.prefWidth(-1) + getSpacing() : 0) - 3 * getSpacing();
                boolean hintFits = !hint.getText().isEmpty() && left >= Math.min(hint.prefWidth(-1), 8 * hint.getFont().getSize());
                hint.setVisible(hintFits);
                hint.setManaged(hintFits);
                super.layoutChildren();
            }

            @Override
            protected double computeMinWidth(double height) {
                // The row's least width is without the words that give way: counted, they made the whole
                // timeline wider than a 1024-pixel window at 175 % and cut its last year.
                double words = compareWords.isManaged() ? compareWords.minWidth(-1) + compare.getSpacing() : 0;
                return super.computeMinWidth(height) - words;
            }
        };
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, summaryLine(), track, buttons);

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

    private static final javafx.css.PseudoClass WRONG = javafx.css.PseudoClass.getPseudoClass("wrong");
    /** Where a date is typed to go to it (Ctrl+G, or a click on the date): it stands in the date's place meanwhile. */
    private final javafx.scene.control.TextField dateField = new javafx.scene.control.TextField();

    /** Opens the date for typing: the field holds the shown date, selected, and takes the keys. */
    public void askDate() {
        if (isDisabled()) return;
        dateField.setText(vm.getDate().toString());
        dateField.pseudoClassStateChanged(WRONG, false);
        dateLabel.setVisible(false);
        dateLabel.setManaged(false);
        dateField.setVisible(true);
        dateField.setManaged(true);
        dateField.requestFocus();
        dateField.selectAll();
    }

    private void endDateEntry() {
        if (!dateField.isVisible()) return;
        boolean hadKeys = dateField.isFocused();
        dateField.setVisible(false);
        dateField.setManaged(false);
        dateLabel.setVisible(true);
        dateLabel.setManaged(true);
        // The keys go back to the map, as after a search: the arrows step the new date at once.
        Node map = hadKeys && getScene() != null ? getScene().lookup("#map") : null;
        if (map != null) map.requestFocus();
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
        // As wide as "YYYY-MM-DD" at the window's text size (170 pixels cut it at 150 %).
        picker.getEditor().setPrefColumnCount(10);
        // Never squeezed to its button by a long event hint beside the date (seen presenting a lesson at 1024 px).
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.setAccessibleText(Texts.get("timeline.compare.accessible"));
        HoverTip.help(picker, Texts.get("timeline.compare.tip"));
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
        HoverTip.help(clear, Texts.get("timeline.compare.stop"));
        clear.setAccessibleText(Texts.get("timeline.compare.stop"));
        clear.disableProperty().bind(vm.compareDateProperty().isNull());
        clear.setOnAction(e -> vm.compareDateProperty().set(null));
        HBox box = new HBox(6, label, picker, clear);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("compare-control");
        return box;
    }

    /**
     * Never wider than the window: a row that cannot fit (the date, its event's title, the date to
     * compare with) gives way at its right, and the slider with its last year stays in sight. Counted
     * at its full width, the date's row made the whole timeline wider than a 1024-pixel window at 175 %.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 200;
    }

    /**
     * Lays the rows out; first chooses words or icons for the buttons: words while their row fits the
     * width (measured once per text size, with the words shown), icons otherwise.
     */
    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (!icons && room > 0) {
            wordsWidth = buttons.prefWidth(-1);
            if (wordsWidth > room) useIcons(true);
        } else if (icons && !Double.isNaN(wordsWidth) && wordsWidth <= room) {
            useIcons(false);
        }
        // Where even the icons do not fit (1024 px at 175 % and more), the day and month steps give way:
        // the arrow keys and Shift+arrows still take them, and the row keeps its ends (|◀, the span).
        if (icons && room > 0) {
            if (Double.isNaN(iconsWidth)) {
                fineSteps(true);
                iconsWidth = buttons.prefWidth(-1);
            }
            fineSteps(iconsWidth <= room);
        } else {
            fineSteps(true);
        }
        super.layoutChildren();
    }

    /** The buttons that step by a day or a month: the first to give way on a short row. */
    private static final java.util.Set<String> FINE_STEPS = java.util.Set.of("day-back", "day-forward", "month-back", "month-forward");
    /** The width the buttons need as icons, every one shown; NaN until measured. */
    private double iconsWidth = Double.NaN;

    private void fineSteps(boolean shown) {
        for (Node n : buttons.getChildren()) {
            if (n.getId() != null && FINE_STEPS.contains(n.getId()) && n.isVisible() != shown) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        }
    }

    private void useIcons(boolean on) {
        if (icons == on) return;
        icons = on;
        for (Node n : buttons.getChildren()) {
            if (!(n instanceof Button b) || b == play) continue;
            Object[] texts = (Object[]) b.getProperties().get(TimelineBar.class);
            String shown = (String) texts[on ? 1 : 0];
            // A button with no icon (Today repeats ▶|) steps aside where words do not fit.
            b.setVisible(shown != null);
            b.setManaged(shown != null);
            if (shown != null) b.setText(shown);
        }
        iconsShown.set(on);
        buttons.pseudoClassStateChanged(ICONS, on);
    }

    private static final javafx.css.PseudoClass ICONS = javafx.css.PseudoClass.getPseudoClass("icons");

    /**
     * The date in one sentence under the date, for every reader and the screen reader's: its accessible
     * text changes with the date, and a change is announced (a screen reader reads a changed text of the
     * node it watches; JavaFX has no live region, see the README's Accessibility).
     */
    private Label summaryLine() {
        Label line = new Label();
        line.setId("date-summary");
        line.getStyleClass().add("date-summary");
        // One line, so the map keeps its room at 1280 × 800; the tooltip and the accessible text hold it all.
        line.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        line.setMinWidth(0);
        // The tooltip is made when the pointer first comes over the line (see HoverTip); the accessible text holds it all from the start.
        HoverTip.install(line, () -> {
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(model.summaryProperty());
            whole.setWrapText(true);
            whole.setMaxWidth(640);
            return whole;
        });
        line.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        line.textProperty().bind(model.summaryProperty());
        line.accessibleTextProperty().bind(model.summaryProperty());
        model.summaryProperty().addListener((obs, o, n) -> {
            line.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
            // The date's label speaks the sentence too: it is what a reader's focus meets after a step.
            dateLabel.setAccessibleText(Formats.day(vm.getDate()) + ". " + n);
            dateLabel.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
        });
        return line;
    }

    /** True while the buttons show icons instead of words (for tests). */
    public boolean showsIcons() {
        return icons;
    }

    private Button button(String text, String icon, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.getProperties().put(TimelineBar.class, new Object[] {text, icon});
        b.setId(id);
        HoverTip.help(b, tip);
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("step-button");
        // Never "...": a button keeps its whole word or icon.
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Labels every 1, 2, 5, 10 or 20 years: as many as fit the track's width at about 70 pixels apart. */
    private void thinLabels() {
        if (slider.getWidth() <= 0) return;
        LocalDate[] days = model.spanDays();
        int years = TimelineViewModel.yearsPerLabel(days[0], days[1], slider.getWidth(), 70);
        slider.setMajorTickUnit(365.25 * years);
        slider.setMinorTickCount(years == 1 ? 0 : years == 2 ? 1 : 4);
    }

    /** "All years", "1949–1991", "1991–today": the span of years the slider spans. */
    private ChoiceBox<TimelineViewModel.Span> spanChoice() {
        ChoiceBox<TimelineViewModel.Span> box = new ChoiceBox<>();
        box.getItems().addAll(TimelineViewModel.Span.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimelineViewModel.Span s) {
                if (s == null) return "";
                LocalDate[] days = TimelineViewModel.days(s, vm.firstDay(), vm.lastDay());
                return switch (s) {
                    case ALL -> Texts.get("timeline.span.all");
                    case BLOCS -> days[0].getYear() + "–" + days[1].getYear();
                    case SINCE_1991 -> Texts.format("timeline.span.since", days[0].getYear());
                };
            }

            @Override
            public TimelineViewModel.Span fromString(String s) {
                return null;
            }
        });
        box.setId("timeline-span");
        HoverTip.help(box, Texts.get("timeline.span.tip"));
        box.setAccessibleText(Texts.get("timeline.span.tip"));
        box.valueProperty().bindBidirectional(model.spanProperty());
        return box;
    }

    private void show(LocalDate d) {
        // A date outside the shown span (the next event, a saved view) brings back every year.
        LocalDate[] days = model.spanDays();
        if (d.isBefore(days[0]) || d.isAfter(days[1])) model.spanProperty().set(TimelineViewModel.Span.ALL);
        dateLabel.setText(model.heading(d, vm.words()));
        syncing = true;
        slider.setValue(d.toEpochDay());
        syncing = false;
    }

    private static String eventHint(java.util.List<Event> today) {
        if (!today.isEmpty()) return "● " + today.get(0).title(Texts.language()) + (today.size() > 1 ? " " + Texts.format("timeline.moreEvents", today.size() - 1) : "");
        return "";
    }

    /** Whether the event ticks wait for {@link #placeHeldTicks()}: a window opening map first places them after that map. */
    private boolean ticksHeld;

    /** Holds the event ticks back until {@link #placeHeldTicks()}; their row keeps its height meanwhile. */
    public void holdTicks() {
        ticksHeld = true;
    }

    /** Places the event ticks held back, if any. */
    public void placeHeldTicks() {
        if (!ticksHeld) return;
        ticksHeld = false;
        placeTicks();
    }

    /** A tick per event, placed where the slider's thumb would stand on that day. */
    private void placeTicks() {
        ticks.getChildren().clear();
        double width = slider.getWidth();
        if (width <= 0 || ticksHeld) return;
        // The slider's track is inset by about half the thumb's width at each end.
        double inset = 8;
        for (TimelineViewModel.Tick t : model.ticks()) {
            Event e = t.event();
            Region tick = new Region();
            tick.getStyleClass().addAll("event-tick", "kind-" + e.kind().id());
            tick.pseudoClassStateChanged(CONTESTED, t.contested());
            tick.pseudoClassStateChanged(NO_DEPLOYMENT, t.noDeployment());
            tick.setVisible(model.shown(e));
            // A context alliance's event: the lower half of the row, and its alliance named in the tooltip.
            boolean context = TimelineViewModel.context(e);
            tick.setPrefSize(4, context ? 6 : 12);
            tick.relocate(inset + t.at() * (width - 2 * inset) - 2, context ? 6 : 0);
            HoverTip.install(tick, (context ? Texts.shortName(e.alliance()) + " · " : "") + Formats.date(e.date()) + ": " + e.title(Texts.language())
                    + (t.noDeployment() ? "\n" + Texts.get("timeline.noDeployment") : "")
                    + (t.contested() ? "\n" + Texts.get("timeline.contested") : ""));
            tick.setOnMouseClicked(ev -> vm.selectEvent(e));
            tick.setUserData(e);
            ticks.getChildren().add(tick);
        }
    }

    /** The width the play button needs to show the words of {@code key} whole, in its font and padding. */
    private double wordsWidth(String key) {
        javafx.scene.text.Text words = new javafx.scene.text.Text(Texts.get(key));
        words.setFont(play.getFont());
        return Math.ceil(words.getLayoutBounds().getWidth()) + play.snappedLeftInset() + play.snappedRightInset() + 1;
    }

    /** The menu's words for a play speed: {@code timeline.speed.KEY}, the id in camel case. */
    public static String speedText(PlaySpeed s) {
        String[] words = s.id().split("-");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return Texts.get("timeline.speed." + key);
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
