package org.cstoatlas.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Word;
import org.cstoatlas.record.time.TimeIndex;

/**
 * A moving picture of the map for slides: the map through a date range, stepping by day, month or year,
 * or event by event; each frame shown {@code frameMs}. Written as an animated GIF or a folder of
 * numbered PNG frames. Plain Java: the command line checks it before any window starts.
 */
public record Animation(LocalDate from, LocalDate to, Step step, int frameMs, int width, int height, Form form) {

    /** The most frames one animation may have: a day-by-day run over decades is a film, not a slide. */
    public static final int MAX_FRAMES = 2000;
    /** The shortest and longest time a frame is shown (a GIF counts in hundredths of a second). */
    public static final int MIN_FRAME_MS = 20;
    public static final int MAX_FRAME_MS = 60_000;
    /** Sized for slides. */
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 720;

    /** How the date moves from one frame to the next. */
    public enum Step implements Word {
        DAY, MONTH, YEAR, EVENT;

        public static Step of(String id) {
            return Word.parse(Step.class, id, "a step");
        }

        /** How long a frame is shown unless the teacher says: events are held to be read. */
        public int defaultFrameMs() {
            return this == EVENT ? 2500 : 500;
        }
    }

    /** What is written: one animated GIF, or a folder of numbered PNGs for video editors. */
    public enum Form implements Word {
        GIF, PNG_FRAMES;

        public static Form of(String id) {
            return Word.parse(Form.class, id, "a form");
        }
    }

    /** One frame: the state drawn, the event it stands for (event by event; else null), how long it shows. */
    public record Frame(AtlasState state, Event event, int delayMs) {
    }

    public Animation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(form, "form");
        if (to.isBefore(from)) throw new IllegalArgumentException("the animation ends (" + to + ") before it begins (" + from + ")");
        if (frameMs < MIN_FRAME_MS || frameMs > MAX_FRAME_MS) {
            throw new IllegalArgumentException("a frame shows from " + MIN_FRAME_MS + " to " + MAX_FRAME_MS + " ms, not " + frameMs);
        }
        if (width < 16 || height < 16 || width > 4096 || height > 4096) throw new IllegalArgumentException("a frame is 16 to 4096 pixels a side");
    }

    /** The dates of the frames stepping through time: from, then each step, then {@code to} itself. */
    public List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate d = switch (step) {
                case DAY -> from.plusDays(i);
                case MONTH -> from.plusMonths(i);
                case YEAR -> from.plusYears(i);
                case EVENT -> throw new IllegalStateException("event by event has no fixed days");
            };
            if (!d.isBefore(to)) break;
            out.add(d);
            if (out.size() > MAX_FRAMES) return out;
        }
        out.add(to);
        return out;
    }

    /**
     * The frames over {@code base} (what the teacher sees: theme, language, map frame): one per step, or one
     * per event whose date begins in the range.
     */
    public List<Frame> frames(AtlasState base, TimeIndex index) {
        AtlasState start = base.withSelection(null).withCompareDate(null);
        List<Frame> out = new ArrayList<>();
        if (step == Step.EVENT) {
            for (Event e : index.eventsBetween(from, to)) out.add(new Frame(start.withDate(e.date().first()), e, frameMs));
        } else {
            for (LocalDate d : days()) out.add(new Frame(start.withDate(d), null, frameMs));
        }
        return out;
    }

    /** Why frames cannot be filmed: none at all, or more than {@link #MAX_FRAMES}. */
    public enum Refusal implements Word {
        NO_FRAME, TOO_MANY
    }

    /** Why these frames cannot be made (the window says it in its own words), or null when they can. */
    public static Refusal refusal(List<Frame> frames) {
        if (frames.isEmpty()) return Refusal.NO_FRAME;
        if (frames.size() > MAX_FRAMES) return Refusal.TOO_MANY;
        return null;
    }

    /** Why these frames cannot be made, as the command line says it, or null when they can. */
    public static String tooFewOrMany(List<Frame> frames) {
        Refusal r = refusal(frames);
        if (r == null) return null;
        return switch (r) {
            case NO_FRAME -> "no event between these dates: choose a longer range or another step";
            case TOO_MANY -> "more than " + MAX_FRAMES + " frames: choose a shorter range or a longer step";
        };
    }
}
