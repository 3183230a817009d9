package org.cstoatlas.ui.map.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Place;
import org.cstoatlas.record.Precision;
import org.cstoatlas.record.Size;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.words.Words;

/**
 * What the operations layer draws on a date, decided without a toolkit: for each deployment under way
 * an arrow from each contributor's capital to the place named, as wide as the contingent where its
 * size is known and dashed where it is not, and a box at the target with every contributor and every
 * figure; a symbol for each force where it is based; a star for each exercise within a month of the
 * date (faded while not under way) and a triangle for each base. Forces, exercises and bases are
 * proportional symbols alike: the area grows with the head count; an exercise or a base whose size no
 * source gives is hollow and dashed. Symbols are listed in the order they are drawn and their words
 * placed: forces, exercises, bases.
 */
public record OperationsMarks(List<Arrow> arrows, List<Symbol> symbols, List<Target> targets) {

    /** What a symbol stands for. */
    public enum Kind { FORCE, EXERCISE, BASE }

    /** How a symbol's mark is drawn: a circle or a square of {@code size} (radius, half side), or a polygon round the place. */
    public enum Shape { CIRCLE, SQUARE, POLYGON }

    /**
     * One contingent's arrow from its country's capital to the deployment's first place, its width in
     * pixels (dashed where no source gives the size), its label along it and its tooltip.
     */
    public record Arrow(Deployment deployment, Deployment.Contingent contingent, Selection selection,
                        double fromLat, double fromLon, double toLat, double toLon,
                        double width, boolean unknownSize, String label, String tooltip) {
    }

    /**
     * A force's, an exercise's or a base's symbol at its place: its mark ({@code points} round the place
     * for a polygon), the symbols sharing the place before it ({@code stack}), its label and its tooltip.
     * {@code variant} is the force's kind (its colour); {@code timing} where the date stands against an
     * exercise (null for the others).
     */
    public record Symbol(Kind kind, Object subject, Selection selection, double lat, double lon, int stack,
                         Shape shape, double size, List<Double> points, boolean unknownSize, String variant,
                         boolean contested, OperationsViewModel.Timing timing, String label, String tooltip) {

        /** Symbols sharing a place fan out a little, so every one can be seen and clicked: this one's offset. */
        public double fanX() {
            return stack * 14;
        }

        public double fanY() {
            return stack * 10;
        }

        /** A base steps aside off the marks placed before it; a force and an exercise stay where they are. */
        public boolean stepsAside() {
            return kind == Kind.BASE;
        }

        /** A base is drawn behind every other symbol: it is often where a force or an exercise is too. */
        public boolean behind() {
            return kind == Kind.BASE;
        }
    }

    /**
     * A deployment's target and box: its title, the contributors with their sizes and units, every figure
     * the sources give (short; what each is in {@code totalsTip}), the flag where sources disagree (null
     * where none do), and the whole in {@code titleTip}. The phase changes with the date: {@link #phase}.
     */
    public record Target(Deployment deployment, Selection selection, double lat, double lon, String title,
                         String contributors, String totals, String totalsTip, String contested, String titleTip) {

        /** How many lines the box has, title first: title, phase, contributors, totals, and the flag where there is one. */
        public int lines() {
            return contested == null ? 4 : 5;
        }
    }

    /** A contingent's or a deployment box's arrow width in pixels before scaling: by the square root, so 2,000 is not twenty times 100; 3 px when unknown. */
    public static double width(Size size) {
        if (size == null) return 3;
        return Math.min(16, 2.5 + Math.sqrt(size.value()) / 3.5);
    }

    /** A circle's radius in pixels whose area is proportional to the head count. */
    public static double radius(Size size) {
        return Math.max(4, Math.sqrt(size.value()) / 11);
    }

    /** The radius of the circle as large as a force's "size not given" square (10 px a side, before scaling). */
    public static final double SIZE_NOT_GIVEN_RADIUS = 10 / Math.sqrt(Math.PI);

    /** A five-pointed star round the origin (its centroid), circumradius 1. */
    static final double[] STAR = star();
    /** A triangle pointing up round the origin (its centroid), circumradius 1. */
    static final double[] TRIANGLE = {0, -1, Math.sqrt(3) / 2, 0.5, -Math.sqrt(3) / 2, 0.5};

    private static double[] star() {
        double[] p = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 1 : 0.5, a = -Math.PI / 2 + i * Math.PI / 5;
            p[2 * i] = r * Math.cos(a);
            p[2 * i + 1] = r * Math.sin(a);
        }
        return p;
    }

    /**
     * The shape scaled so that its area is that of a circle of the radius: a star or a triangle for
     * 4,000 covers as much of the map as a force's circle for 4,000.
     */
    static List<Double> sized(double[] shape, double radius) {
        double area = 0;
        for (int i = 0; i < shape.length; i += 2) {
            int j = (i + 2) % shape.length;
            area += shape[i] * shape[j + 1] - shape[j] * shape[i + 1];
        }
        double k = radius * Math.sqrt(Math.PI / Math.abs(area / 2));
        List<Double> out = new ArrayList<>(shape.length);
        for (double v : shape) out.add(v * k);
        return List.copyOf(out);
    }

    /** Symbols grow with the text for a projector, up to twice their size. */
    public static double symbolScale(double textScale) {
        return Math.max(1.0, Math.min(2.0, textScale));
    }

    /** Symbols at one place (to about a kilometre) share a stack, whatever the place is called. */
    static String stackKey(Place p) {
        return Math.round(p.lat() * 100) + "," + Math.round(p.lon() * 100);
    }

    /** What is drawn for what is on the map, worded in a language, at a text scale. */
    public static OperationsMarks of(OperationsViewModel.OnMap now, AllianceRecord record, Words words, double textScale) {
        double scale = symbolScale(textScale);
        Map<String, Integer> stacks = new HashMap<>();
        List<Symbol> symbols = new ArrayList<>();
        for (Force f : now.forces()) symbols.add(force(f, record, words, scale, stacks.merge(stackKey(f.base()), 1, Integer::sum) - 1));
        for (OperationsViewModel.ExerciseOnMap x : now.exercises()) {
            symbols.add(exercise(x, words, scale, stacks.merge(stackKey(x.exercise().place()), 1, Integer::sum) - 1));
        }
        for (OperationsViewModel.BaseOnMap b : now.bases()) symbols.add(base(b, words, scale, stacks.merge(stackKey(b.base().place()), 1, Integer::sum) - 1));
        List<Arrow> arrows = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (Deployment d : now.deployments()) {
            Place to = d.places().get(0);
            Selection selection = new Selection.OfDeployment(d);
            for (Deployment.Contingent c : d.contingents()) {
                Country.Capital from = c.country().capital();
                if (from == null) continue;
                boolean unknown = c.size() == null;
                arrows.add(new Arrow(d, c, selection, from.lat(), from.lon(), to.lat(), to.lon(), width(c.size()) * scale, unknown,
                        words.name(c.country()) + " · " + (unknown ? words.get("operations.sizeNotGiven") : words.size(c.size())),
                        contingentText(c, to.name(words.language()), words)));
            }
            targets.add(target(d, to, record, words));
        }
        return new OperationsMarks(List.copyOf(arrows), List.copyOf(symbols), List.copyOf(targets));
    }

    /** The phase a deployment's box shows on the date ("since 6 January 2022: …"); empty before its first. */
    public static String phase(OperationsViewModel.OnMap now, Deployment d, Words words) {
        Deployment.Phase current = now.phaseOf(d);
        return current == null ? "" : words.format("operations.phaseSince", words.dateAfterPreposition(current.date()), current.label(words.language()));
    }

    private static String contingentText(Deployment.Contingent c, String to, Words w) {
        StringBuilder s = new StringBuilder(w.name(c.country()) + " → " + to + "\n");
        s.append(c.size() == null ? w.get("operations.sizeUnknown") : w.format("operations.size", w.size(c.size())));
        if (!c.units().isEmpty()) s.append('\n').append(w.format("operations.units", String.join("; ", c.units(w.language()))));
        return s.append('\n').append(w.get("operations.clickOperation")).toString();
    }

    private static Target target(Deployment d, Place to, AllianceRecord record, Words w) {
        // Every contributor with its size and units, readable whatever the arrows' labels can show.
        String contributors = d.contingents().stream().map(c -> w.name(c.country()) + ": "
                + (c.size() == null ? w.get("operations.sizeNotGiven") : w.compact(c.size()))
                + (c.units().isEmpty() ? "" : " (" + String.join("; ", c.units(w.language())) + ")"))
                .collect(Collectors.joining("\n"));
        // Every figure the sources give, short on the map; what each figure is stands in the tooltip
        // and in the detail pane.
        // Each figure names who gives it: two sources' "≈2,500" are two claims, not one fact.
        String totals = w.format("operations.totals", d.totals().stream().map(t -> w.compact(t.size()) + " " + w.unit(t.size().unit())
                + (t.evidence().isEmpty() ? "" : " (" + t.evidence().get(0).publisher() + ")"))
                .collect(Collectors.joining("; ")));
        String totalsTip = d.totals().stream().map(t -> w.compact(t.size()) + " " + w.unit(t.size().unit()) + " — " + t.label(w.language()))
                .collect(Collectors.joining("\n"));
        String contested = record.disagreementsAbout(Disagreement.Kind.DEPLOYMENT, d.id()).isEmpty() ? null : w.get("operations.contestedFigures");
        return new Target(d, new Selection.OfDeployment(d), to.lat(), to.lon(), d.name(w.language()), contributors, totals, totalsTip,
                contested, contributors + "\n" + totalsTip);
    }

    /**
     * A force as a proportional symbol: a circle whose area grows with its size (a square where no
     * source gives one), and a short label beside it that gives way where labels would collide.
     */
    private static Symbol force(Force f, AllianceRecord record, Words w, double scale, int stack) {
        boolean contested = !record.disagreementsAbout(Disagreement.Kind.FORCE, f.id()).isEmpty();
        String label = (contested ? "⚑ " : "") + f.shortName(w.language()) + (f.size() == null ? "" : " · " + w.compact(f.size()));
        String tip = f.name(w.language()) + "\n" + w.format("force.based", f.base().name(w.language())) + "\n" + w.format("force.from", w.dateAfterPreposition(f.created()))
                + "\n" + (f.size() == null ? w.get("force.sizeUnknown") : w.format("operations.size", w.size(f.size())))
                + (contested ? "\n" + w.get("force.contested") : "") + "\n" + w.get("force.click");
        boolean unknown = f.size() == null;
        return new Symbol(Kind.FORCE, f, new Selection.OfForce(f), f.base().lat(), f.base().lon(), stack,
                unknown ? Shape.SQUARE : Shape.CIRCLE, unknown ? 5 * scale : radius(f.size()) * scale, List.of(), false,
                f.kind().id(), contested, null, label, tip);
    }

    /** An exercise as a star sized by its head count; faded, its label saying when, within a month before or after. */
    private static Symbol exercise(OperationsViewModel.ExerciseOnMap on, Words w, double scale, int stack) {
        Exercise x = on.exercise();
        // Known only to the month or year, an exercise is on the map the whole month or year: its label says so.
        boolean daysUnknown = x.start().precision() != Precision.DAY || x.end().precision() != Precision.DAY;
        List<String> label = new ArrayList<>(List.of(x.shortName(w.language())));
        if (on.timing() == OperationsViewModel.Timing.COMING) label.add(w.format("exercise.from", shortDate(x.start(), w)));
        if (on.timing() == OperationsViewModel.Timing.PAST) label.add(w.format("exercise.ended", shortDate(x.end(), w)));
        if (on.underWay() && x.size() != null) label.add(w.compact(x.size()));
        if (on.underWay() && daysUnknown) label.add(w.get("exercise.daysUnknown"));
        String timing = switch (on.timing()) {
            case COMING -> w.get("exercise.coming");
            case PAST -> w.get("exercise.past");
            case UNDER_WAY -> w.get("exercise.underWay");
        };
        String tip = x.name(w.language()) + "\n" + w.format("exercise.days", w.date(x.start()), w.date(x.end())) + " · " + timing
                + "\n" + w.format("exercise.where", x.place().name(w.language()), w.name(x.host()))
                + "\n" + (x.size() == null ? w.get("operations.sizeUnknownHollow") : w.format("operations.size", w.size(x.size())))
                + "\n" + w.get("exercise.click");
        double r = (x.size() == null ? SIZE_NOT_GIVEN_RADIUS : radius(x.size())) * scale;
        return new Symbol(Kind.EXERCISE, x, new Selection.OfExercise(x), x.place().lat(), x.place().lon(), stack,
                Shape.POLYGON, r, sized(STAR, r), x.size() == null, null, false, on.timing(), String.join(" · ", label), tip);
    }

    /** A base as a triangle sized by the head count the sources give by the date. */
    private static Symbol base(OperationsViewModel.BaseOnMap on, Words w, double scale, int stack) {
        Base b = on.base();
        Size size = on.size();
        String tip = b.name(w.language()) + "\n" + w.get("baseKind." + b.kind().id())
                + " · " + w.format("base.operator", w.name(b.operator()), b.place().name(w.language()), w.name(b.host()))
                + "\n" + w.format("base.from", w.dateAfterPreposition(b.from()))
                + "\n" + (size == null ? w.get("operations.sizeUnknownHollow") : w.format("base.sizeAttested", w.size(size), w.date(on.sized().date())))
                + "\n" + w.get("base.click");
        double r = (size == null ? SIZE_NOT_GIVEN_RADIUS : radius(size)) * scale;
        return new Symbol(Kind.BASE, b, new Selection.OfBase(b), b.place().lat(), b.place().lon(), stack,
                Shape.POLYGON, r, sized(TRIANGLE, r), size == null, null, false, null,
                b.shortName(w.language()) + (size == null ? "" : " · " + w.compact(size)), tip);
    }

    /** "18 October" for a day (the year is in the exercise's name), else the date as the record knows it. */
    private static String shortDate(FuzzyDate d, Words w) {
        return d.precision() == Precision.DAY && !d.approximate() ? w.dayOfMonth(d.first()) : w.date(d);
    }
}
