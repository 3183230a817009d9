package org.cstoatlas.ui.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.TimeIndex;

/**
 * Makes a quiz from the record, so it works for any dataset: the same seed gives the same questions. A
 * question is built only on what the record settles. A change of a country's status (joining, leaving)
 * counts for a question only when every day it may have taken effect lies on the same side of the
 * question's dates: the record's own date with its whole uncertainty (a month, a year, "about") and the
 * date every version of a disagreement about the period gives. A period whose disagreement gives a
 * version no date, or a country in dispute, settles nothing. Plain Java.
 */
public final class Questions {

    /** How many times a kind of question is tried before another kind takes its turn. */
    private static final int TRIES = 60;

    private final TimeIndex index;
    private final AllianceRecord record;

    public Questions(TimeIndex index) {
        this.index = index;
        this.record = index.record();
    }

    /** The days a change of status may have taken effect on, from {@code first} to {@code last}. */
    record Span(LocalDate first, LocalDate last) {

        /** A date's days: a month's or a year's all, an approximate one's widened by a week, a month or a year. */
        static Span of(FuzzyDate d) {
            if (!d.approximate()) return new Span(d.first(), d.last());
            return switch (d.precision()) {
                case DAY -> new Span(d.first().minusDays(7), d.last().plusDays(7));
                case MONTH -> new Span(d.first().minusMonths(1), d.last().plusMonths(1));
                case YEAR -> new Span(d.first().minusYears(1), d.last().plusYears(1));
            };
        }

        Span with(Span o) {
            return new Span(first.isBefore(o.first) ? first : o.first, last.isAfter(o.last) ? last : o.last);
        }

        /** True when the change took effect by {@code day} in every account. */
        boolean allBy(LocalDate day) {
            return !last.isAfter(day);
        }

        /** True when the change took effect after {@code day} in every account. */
        boolean allAfter(LocalDate day) {
            return first.isAfter(day);
        }
    }

    /** Up to {@code count} different questions about {@code [from, to]}, the kinds taking turns; the same seed, the same quiz. */
    public List<Question> make(LocalDate from, LocalDate to, int count, long seed) {
        Random random = new Random(seed);
        List<Question> out = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        int kind = random.nextInt(3);
        int failedKinds = 0;
        while (out.size() < count && failedKinds < 3) {
            Question q = null;
            for (int t = 0; t < TRIES && q == null; t++) {
                Question c = switch (kind) {
                    case 0 -> members(from, to, random);
                    case 1 -> left(from, to, random);
                    default -> joinYear(from, to, random);
                };
                if (c != null && asked.add(key(c))) q = c;
            }
            kind = (kind + 1) % 3;
            if (q == null) {
                failedKinds++;
            } else {
                failedKinds = 0;
                out.add(q);
            }
        }
        return out;
    }

    private static String key(Question q) {
        if (q instanceof Question.Members m) return "m" + m.answer();
        if (q instanceof Question.Left l) return "l" + l.answer();
        return "j" + ((Question.JoinYear) q).country().iso();
    }

    /** The days the period may have begun on, in the record and in every version; empty when the record does not settle it. */
    Optional<Span> startOf(StatusPeriod p) {
        return change(p.country(), p.start());
    }

    /** The days the period may have ended on (null: it has not ended); empty when the record does not settle it. */
    Optional<Span> endOf(StatusPeriod p) {
        return change(p.country(), p.end());
    }

    /**
     * The days a country's change of status on {@code at} may have taken effect: the date's own days and
     * those of every version about a period that ends or begins there.
     */
    private Optional<Span> change(Country country, FuzzyDate at) {
        if (!record.disagreementsAbout(Disagreement.Kind.COUNTRY, country.iso()).isEmpty()) return Optional.empty();
        Span span = Span.of(at);
        for (StatusPeriod p : record.history(country)) {
            boolean ends = p.end() != null && p.end().first().equals(at.first());
            boolean begins = p.start().first().equals(at.first());
            if (!ends && !begins) continue;
            if (ends) span = span.with(Span.of(p.end()));
            if (begins) span = span.with(Span.of(p.start()));
            for (Disagreement d : record.disagreementsAbout(Disagreement.Kind.PERIOD, p.id())) {
                // A disagreement whose versions give no date is about something the quiz cannot weigh.
                if (d.versions().stream().noneMatch(Disagreement.Version::dated)) return Optional.empty();
                for (Disagreement.Version v : d.versions()) {
                    if (ends && v.end() != null) span = span.with(Span.of(v.end()));
                    if (begins && v.start() != null) span = span.with(Span.of(v.start()));
                }
            }
        }
        return Optional.of(span);
    }

    /** True when every change of status in the record took effect on one side of {@code day} in every account. */
    private boolean settledOn(LocalDate day) {
        for (StatusPeriod p : record.periods()) {
            for (FuzzyDate at : p.end() == null ? List.of(p.start()) : List.of(p.start(), p.end())) {
                Optional<Span> s = change(p.country(), at);
                if (s.isEmpty() || !(s.get().allBy(day) || s.get().allAfter(day))) return false;
            }
        }
        return true;
    }

    private static LocalDate day(LocalDate from, LocalDate to, Random random) {
        return from.plusDays((long) (random.nextDouble() * (to.toEpochDay() - from.toEpochDay() + 1)));
    }

    /** Every member on a day, when every status that day is settled. */
    Question.Members members(LocalDate from, LocalDate to, Random random) {
        return membersOn(day(from, to, random));
    }

    /** Every member on {@code d}, when every change of status in the record lies on one side of it in every account. */
    Question.Members membersOn(LocalDate d) {
        if (index.statusOn(d).all().stream().anyMatch(StatusAt::uncertain) || !settledOn(d)) return null;
        Set<Country> members = new LinkedHashSet<>();
        List<StatusPeriod> proof = new ArrayList<>();
        for (StatusAt s : index.statusOn(d).all()) {
            if (s.period() != null && s.status() == Status.MEMBER) {
                members.add(s.country());
                proof.add(s.period());
            }
        }
        return members.isEmpty() ? null : new Question.Members(d, Set.copyOf(members), proof);
    }

    /** Who stopped being a member between two days (one to eight years apart), when all of it is settled. */
    Question.Left left(LocalDate from, LocalDate to, Random random) {
        LocalDate a = day(from, to, random);
        LocalDate b = a.plusDays(365 + random.nextInt(7 * 365));
        return b.isAfter(to) ? null : leftBetween(a, b);
    }

    /**
     * Who stopped being a member between {@code a} and {@code b} (both days counted): null when any
     * departure may lie inside or outside by some account, or none lies inside.
     */
    Question.Left leftBetween(LocalDate a, LocalDate b) {
        Set<Country> left = new LinkedHashSet<>();
        List<StatusPeriod> proof = new ArrayList<>();
        for (StatusPeriod p : record.periods()) {
            if (p.status() != Status.MEMBER || p.end() == null) continue;
            StatusAt next = index.statusOf(p.country(), p.end().first());
            if (next.status() == Status.MEMBER) continue; // from the treaty into the organization: not leaving
            Optional<Span> when = endOf(p);
            if (when.isEmpty()) return null;
            boolean inside = !when.get().first().isBefore(a) && when.get().allBy(b);
            boolean outside = when.get().allAfter(b) || when.get().last().isBefore(a);
            if (!inside && !outside) return null;
            if (inside) {
                left.add(p.country());
                proof.add(p);
            }
        }
        return left.isEmpty() ? null : new Question.Left(a, b, Set.copyOf(left), proof);
    }

    /** The year a country first became a member, when every account puts it in that one year and in the period. */
    Question.JoinYear joinYear(LocalDate from, LocalDate to, Random random) {
        List<Country> countries = record.countries();
        return joinYear(countries.get(random.nextInt(countries.size())), from, to);
    }

    Question.JoinYear joinYear(Country c, LocalDate from, LocalDate to) {
        StatusPeriod first = record.history(c).stream().filter(p -> p.status() == Status.MEMBER).findFirst().orElse(null);
        if (first == null) return null;
        Optional<Span> when = startOf(first);
        if (when.isEmpty() || when.get().first().getYear() != when.get().last().getYear()) return null;
        if (when.get().first().isBefore(from) || when.get().last().isAfter(to)) return null;
        return new Question.JoinYear(c, when.get().first().getYear(), List.of(first));
    }
}
