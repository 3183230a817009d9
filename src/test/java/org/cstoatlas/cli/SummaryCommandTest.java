package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code summary} against {@code status}: on the day before and the day of every boundary of the CSTO,
 * the sentence names every country {@code status} lists with a standing, in a clause that says that
 * standing, says how many members there are, and names no other country; in English and in Russian.
 */
class SummaryCommandTest {

    /** The numbers the sentence writes in words, as a reader reads them back. */
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[] en = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        String[] ru = {"одно", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать"};
        for (int i = 0; i < en.length; i++) {
            NUMBERS.put(en[i], i + 1);
            NUMBERS.put(ru[i], i + 1);
        }
    }

    private static AllianceRecord record;

    @BeforeAll
    static void load() {
        record = Bundled.loadDataset().record();
    }

    /** The day before and the day of every change of the CSTO's record, within the atlas's timeline. */
    static Stream<LocalDate> boundaryDays() {
        TimeIndex csto = new TimeIndex(Bundled.loadDataset().record()).forAlliance("csto");
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d : csto.changeDays()) {
            for (LocalDate day : List.of(d.minusDays(1), d)) {
                if (!day.isBefore(org.cstoatlas.Bundled.loadDataset().record().firstDay()) && !day.isAfter(LocalDate.now())) days.add(day);
            }
        }
        assertTrue(days.size() > 10, "the CSTO's record has its boundaries");
        return days.stream();
    }

    @ParameterizedTest
    @MethodSource("boundaryDays")
    void theSentenceAgreesWithStatus(LocalDate day) throws Exception {
        Run status = CommandLineTest.run("status", "--date", day.toString(), "--format", "json");
        assertEquals(0, status.code(), status.err());
        JsonNode rows = new ObjectMapper().readTree(status.out());
        for (String language : List.of("en", "ru")) {
            Run summary = CommandLineTest.run("summary", "--date", day.toString(), "--language", language);
            assertEquals(0, summary.code(), summary.err());
            String sentence = summary.out().strip();
            assertEquals(1, sentence.lines().count(), sentence);
            agrees(rows, sentence, language.equals("ru"), day);
        }
    }

    private static void agrees(JsonNode rows, String sentence, boolean russian, LocalDate day) {
        assertTrue(sentence.startsWith(russian ? "На " : "On "), sentence);
        assertTrue(sentence.endsWith("."), sentence);
        assertFalse(sentence.matches(russian ? ".*[A-Za-z].*" : ".*[А-Яа-яЁё].*"), "one language only: " + sentence);
        String[] clauses = sentence.substring(0, sentence.length() - 1).split("; ");
        int members = 0;
        for (JsonNode row : rows) {
            Country c = record.country(row.get("iso_a3").asText()).orElseThrow();
            String name = russian ? c.nameRu() : c.name();
            String standing = row.get("status").asText();
            List<String> holding = new ArrayList<>();
            for (String clause : clauses) if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.UNICODE_CHARACTER_CLASS).matcher(clause).find()) holding.add(clause);
            if (standing.equals("none")) {
                assertTrue(holding.isEmpty(), name + " has no standing on " + day + " but is named: " + sentence);
                continue;
            }
            assertEquals(1, holding.size(), name + " is named once on " + day + ": " + sentence);
            String clause = holding.get(0);
            assertTrue(says(clause, standing, russian), name + " is " + standing + " on " + day + ", but the sentence says: " + clause);
            if (standing.equals("member")) {
                members++;
            } else {
                // Every other standing says since when, as status gives it.
                String year = row.get("since").asText().replaceAll("^~", "").substring(0, 4);
                assertTrue(clause.contains(year), name + " since " + row.get("since") + ": " + clause);
            }
        }
        // The members' clauses say how many they list, and together they list every member.
        int counted = 0;
        for (String clause : clauses) {
            Matcher m = Pattern.compile("(\\S+) (members?|countr(y|ies)|государств[ао]?(-член(а|ов)?)?)\\b[^:]*: (.+)$", Pattern.UNICODE_CHARACTER_CLASS).matcher(clause);
            if (!m.find()) continue;
            String n = m.group(1);
            int number = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            int listed = m.group(6).split(", | and | и ").length;
            assertEquals(number, listed, "the count agrees with the names listed: " + clause);
            counted += number;
        }
        assertEquals(members, counted, "members on " + day + " as status gives them: " + sentence);
    }

    /** Whether a clause says a standing, in the reader's words. */
    private static boolean says(String clause, String standing, boolean russian) {
        String c = clause.toLowerCase();
        return switch (standing) {
            case "member" -> russian ? c.matches(".*(государств[ао]?-член|участник).*") && !c.contains("бывш") && !c.contains("наблюдат")
                    : c.matches(".*\\bmembers?\\b.*") && !c.contains("former") && !c.contains("not been") && !c.contains("observer") && !c.contains("suspended");
            case "observer" -> c.contains(russian ? "наблюдател" : "observer");
            case "suspended" -> c.contains(russian ? "не участву" : "suspended");
            case "former" -> russian ? c.contains("бывш") : c.contains("former") || c.contains("not been a member");
            default -> false;
        };
    }

    @Test
    void russianNumbersAgreeWithTheirNoun() {
        // NATO's members over the years: 16, 19, 26, 28, 29, 30, 31, 32 (the count agrees with status).
        Map<String, String> expected = Map.of(
                "1995-01-01", "16 государств-членов",
                "2004-06-01", "26 государств-членов",
                "2023-06-01", "31 государство-член",
                "2024-06-01", "32 государства-члена");
        expected.forEach((date, words) -> {
            Run r = CommandLineTest.run("summary", "--date", date, "--alliance", "nato", "--language", "ru");
            assertTrue(r.out().startsWith("На ") && r.out().contains("в НАТО " + words + ":"), r.out());
            Run s = CommandLineTest.run("status", "--date", date, "--alliance", "nato");
            assertTrue(s.out().contains("(" + words.split(" ")[0] + " members)"), s.out());
        });
        Run csto = CommandLineTest.run("summary", "--date", "2013-06-01", "--language", "ru");
        assertTrue(csto.out().contains("в ОДКБ шесть государств-членов:"), csto.out());
        Run treaty = CommandLineTest.run("summary", "--date", "1992-06-01", "--language", "ru");
        assertTrue(treaty.out().contains("шесть государств — участники Договора о коллективной безопасности:"), treaty.out());
    }

    @Test
    void aWrongLanguageIsAUsageError() {
        Run r = CommandLineTest.run("summary", "--date", "2024-06-01", "--language", "de");
        assertEquals(CommandLine.USAGE, r.code());
        assertTrue(r.err().contains("--language must be one of en, ru"), r.err());
        assertEquals(CommandLine.USAGE, CommandLineTest.run("summary").code());
    }

    @Test
    void ukraineIsACisParticipatingStateNotAMemberInBothLanguages() throws Exception {
        // A founding state that never ratified the Charter: neither a member nor an associate (Turkmenistan's standing).
        Run en = CommandLineTest.run("summary", "--date", "2015-09-01", "--alliance", "cis");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("Ukraine has been a participating state, not a member, since 8 December 1991"), en.out());
        assertTrue(en.out().contains("Turkmenistan has been an associate member since 26 August 2005"), en.out());
        Run ru = CommandLineTest.run("summary", "--date", "2015-09-01", "--alliance", "cis", "--language", "ru");
        assertTrue(ru.out().contains("Украина с 8 декабря 1991 года — государство-участник СНГ, но не член"), ru.out());
        Run status = CommandLineTest.run("status", "--date", "2015-09-01", "--alliance", "cis", "--format", "csv");
        assertTrue(status.out().contains("\nUKR,Ukraine,participant,1991-12-08\n"), status.out());
    }
}
