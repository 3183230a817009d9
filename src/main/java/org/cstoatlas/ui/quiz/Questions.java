package org.cstoatlas.ui.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * question is built only on settled facts: every period it rests on has a date known to the day and no
 * open disagreement (about the period or its country); a date on which any status is uncertain is never
 * asked about. Plain Java.
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

    /** True when nothing about the period is uncertain or disputed. */
    public boolean settled(StatusPeriod p) {
        return !p.start().uncertain() && (p.end() == null || !p.end().uncertain())
                && record.disagreementsAbout(Disagreement.Kind.PERIOD, p.id()).isEmpty()
                && record.disagreementsAbout(Disagreement.Kind.COUNTRY, p.country().iso()).isEmpty();
    }

    private static LocalDate day(LocalDate from, LocalDate to, Random random) {
        return from.plusDays((long) (random.nextDouble() * (to.toEpochDay() - from.toEpochDay() + 1)));
    }

    /** Every member on a day, when every status that day is settled. */
    Question.Members members(LocalDate from, LocalDate to, Random random) {
        LocalDate d = day(from, to, random);
        Set<Country> members = new LinkedHashSet<>();
        List<StatusPeriod> proof = new ArrayList<>();
        for (StatusAt s : index.statusOn(d).all()) {
            if (s.uncertain()) return null;
            if (s.period() == null) continue;
            if (!settled(s.period())) return null;
            if (s.status() == Status.MEMBER) {
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
        if (b.isAfter(to)) return null;
        Set<Country> left = new LinkedHashSet<>();
        List<StatusPeriod> proof = new ArrayList<>();
        if (index.statusOn(a).all().stream().anyMatch(StatusAt::uncertain) || index.statusOn(b).all().stream().anyMatch(StatusAt::uncertain)) return null;
        for (StatusPeriod p : record.periods()) {
            if (p.status() != Status.MEMBER || p.end() == null) continue;
            LocalDate end = p.end().first();
            if (end.isBefore(a) || end.isAfter(b)) continue;
            StatusAt next = index.statusOf(p.country(), end);
            if (next.status() == Status.MEMBER) continue; // from the treaty into the organization: not leaving
            if (!settled(p) || (next.period() != null && !settled(next.period()))) return null;
            left.add(p.country());
            proof.add(p);
        }
        return left.isEmpty() ? null : new Question.Left(a, b, Set.copyOf(left), proof);
    }

    /** The year a country first became a member, when that day is known and undisputed and lies in the period. */
    Question.JoinYear joinYear(LocalDate from, LocalDate to, Random random) {
        List<Country> countries = record.countries();
        Country c = countries.get(random.nextInt(countries.size()));
        StatusPeriod first = record.history(c).stream().filter(p -> p.status() == Status.MEMBER).findFirst().orElse(null);
        if (first == null || !settled(first)) return null;
        FuzzyDate start = first.start();
        if (start.first().isBefore(from) || start.first().isAfter(to)) return null;
        return new Question.JoinYear(c, start.first().getYear(), List.of(first));
    }
}
