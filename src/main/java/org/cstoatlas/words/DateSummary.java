package org.cstoatlas.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;

/**
 * The date in one sentence: who belongs to the alliance(s) shown on a day, and who stands otherwise,
 * as a screen reader reads it instead of the map and the command line's {@code summary} prints it.
 * Everything comes from the record's time index; the words come from the {@code summary} bundle of the
 * language given (never the window's current one):
 * "On 1 June 2024 the CSTO has five members: Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan; ...".
 */
public final class DateSummary {

    /** The statuses after the members, in the order the sentence names them. */
    private static final List<Status> AFTER_MEMBERS = List.of(Status.ASSOCIATE, Status.PARTICIPANT, Status.PARTNER, Status.OBSERVER, Status.SUSPENDED, Status.FORMER);
    /** Numbers up to this are written in words ("five members"), larger ones in digits ("32 members"). */
    private static final int IN_WORDS = 12;

    private final TimeIndex index;
    private final Language language;
    private final ResourceBundle words;

    /** A summary of {@code index}'s record (any alliance of it) in {@code language}. */
    public DateSummary(TimeIndex index, Language language) {
        this.index = index;
        this.language = language;
        this.words = ResourceBundle.getBundle("org.cstoatlas.words.summary", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The sentence for a day and the alliance(s) shown; an alliance the record does not hold is left
     * out (the view model that shows it says so elsewhere).
     */
    public String of(LocalDate day, AllianceChoice choice) {
        List<String> clauses = new ArrayList<>();
        for (String id : choice.paired() ? List.of(choice.first(), choice.second()) : List.of(choice.first())) {
            index.record().alliance(id).ifPresent(a -> clauses.addAll(clauses(a, index.forAlliance(a.id()).statusOn(day).all())));
        }
        if (clauses.isEmpty()) return format("summary.nothing", DateWords.day(day, language));
        return format("summary.on", DateWords.day(day, language), String.join(format("summary.between"), clauses));
    }

    private List<String> clauses(Alliance alliance, List<StatusAt> rows) {
        Body top = alliance.bodies().get(0);
        String name = allianceName(alliance);
        // Members of each body, highest first; then every other standing, body by body.
        Map<Body, List<StatusAt>> members = new LinkedHashMap<>();
        for (Body b : alliance.bodies()) members.put(b, new ArrayList<>());
        for (StatusAt s : rows) {
            if (s.status() == Status.MEMBER) members.computeIfAbsent(s.body(), b -> new ArrayList<>()).add(s);
        }
        List<String> out = new ArrayList<>();
        members.forEach((body, list) -> {
            if (list.isEmpty()) return;
            String names = names(list.stream().map(this::name).toList());
            if (body.equals(top)) {
                out.add(format("summary.members", name, count(list.size(), "summary.memberNoun"), names));
            } else {
                out.add(format(list.size() == 1 ? "summary.bodyMembers.one" : "summary.bodyMembers.many",
                        count(list.size(), "summary.stateNoun"), bodyWords(body), names));
            }
        });
        if (out.isEmpty()) out.add(format("summary.members.none", name));
        for (Status status : AFTER_MEMBERS) {
            Map<Body, List<StatusAt>> byBody = new LinkedHashMap<>();
            for (StatusAt s : rows) {
                if (s.status() == status) byBody.computeIfAbsent(s.body(), b -> new ArrayList<>()).add(s);
            }
            byBody.forEach((body, list) -> out.add(standing(status, body, top, name, list)));
        }
        return out;
    }

    /** One clause for the countries of one standing in one body: "Serbia has been an observer of ... since 2013". */
    private String standing(Status status, Body body, Body top, String alliance, List<StatusAt> list) {
        String of = body == null || body.equals(top) ? format("summary.ofAlliance", alliance) : format("summary.of", bodyWords(body));
        String key = "summary." + status.id();
        if (list.size() == 1) {
            StatusAt s = list.get(0);
            return format(key + ".one", name(s), since(s), of, alliance);
        }
        // One date for all ("Azerbaijan and Georgia (both since 20 April 1999)"), else each its own, oldest first.
        boolean oneDate = list.stream().map(StatusAt::since).distinct().count() == 1 && list.get(0).since() != null;
        List<String> items = oneDate ? list.stream().map(this::name).toList()
                : list.stream().sorted(java.util.Comparator.comparing(StatusAt::since, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                        .map(this::dated).toList();
        String names = names(items);
        if (oneDate) names = format(list.size() == 2 ? "summary.dated.both" : "summary.dated.all", names, since(list.get(0)));
        return format(key + ".many", names, "", of, alliance);
    }

    private String dated(StatusAt s) {
        return s.since() == null ? name(s) : format("summary.dated", name(s), since(s));
    }

    /** "since 28 June 2012", "since about 22 February 2024", "с 2013 года"; empty when nothing began it. */
    private String since(StatusAt s) {
        if (s.since() == null) return "";
        String date = DateWords.body(s.since(), true, language);
        String text = format(s.since().approximate() ? "summary.since.about" : "summary.since", date);
        return s.uncertain() ? format("summary.uncertain", text) : text;
    }

    /** A body as the sentence names it: the bundle's words for a body it knows, else the record's title. */
    private String bodyWords(Body body) {
        String key = "summary.body." + body.id();
        return words.containsKey(key) ? words.getString(key) : format("summary.body", language.pick(body.title(), body.titleRu()));
    }

    /** "the CSTO", "NATO", "ОДКБ": the bundle's words where the short name takes no article. */
    private String allianceName(Alliance a) {
        String shortName = language.pick(a.shortName(), a.shortNameRu());
        String key = "summary.alliance." + a.id();
        return words.containsKey(key) ? words.getString(key) : format("summary.alliance", shortName);
    }

    private String name(StatusAt s) {
        return language.pick(s.country().name(), s.country().nameRu());
    }

    /** "five members", "пять государств-членов", "32 государства-члена": the number agrees with its noun. */
    private String count(int n, String noun) {
        String number = n <= IN_WORDS ? words.getString("summary.number." + n) : Integer.toString(n);
        return format("summary.count", number, words.getString(noun + "." + plural(n)));
    }

    /** The plural form a number asks of its noun: English one/many; Russian one/few/many (1, 2-4, 5-20...). */
    private String plural(int n) {
        if (language == Language.EN) return n == 1 ? "one" : "many";
        int lastTwo = n % 100, last = n % 10;
        if (last == 1 && lastTwo != 11) return "one";
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return "few";
        return "many";
    }

    /** "A", "A and B", "A, B and C". */
    private String names(List<String> names) {
        if (names.size() == 1) return names.get(0);
        String and = format("summary.and");
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    /** A text of the bundle with {0}, {1}, ... replaced as they are (no MessageFormat: an apostrophe stays one). */
    private String format(String key, Object... args) {
        String text = words.getString(key);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }
}
