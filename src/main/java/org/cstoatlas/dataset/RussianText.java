package org.cstoatlas.dataset;

/**
 * The optional Russian text of a field of the record's own words ({@code titleRu} beside {@code title}).
 * It is read only beside an English text, and must be Russian: written mostly in Cyrillic (a Latin
 * abbreviation such as "CSTO" may stand in it). A text that fails is a problem like any other.
 */
final class RussianText {

    private RussianText() {
    }

    /** The Russian text under {@code key}, checked against {@code englishKey}; null when absent or wrong. */
    static String read(Entry e, String key, String englishKey) {
        String text = e.optText(key);
        if (text == null) return null;
        if (e.raw(englishKey) == null) {
            e.fail(e.raw(key), e.field(key), "a Russian text needs the English one beside it ('" + englishKey + "' is missing)");
            return null;
        }
        if (!mostlyCyrillic(text)) {
            e.fail(e.raw(key), e.field(key), notRussian(text));
            return null;
        }
        return text;
    }

    /** A Russian text the record must give (an alliance's, a body's or a country's name): a problem when it is missing or not Russian. */
    static String required(Entry e, String key) {
        String text = e.text(key);
        if (text == null || mostlyCyrillic(text)) return text;
        e.fail(e.raw(key), e.field(key), notRussian(text));
        return null;
    }

    /** An item of a list of Russian texts (a contingent's {@code unitsRu}): the text, or null and a problem where it is not Russian. */
    static String item(Reading r, Json v, String path, String text) {
        if (text == null || mostlyCyrillic(text)) return text;
        r.problem(v.line(), v.column(), path, notRussian(text));
        return null;
    }

    private static String notRussian(String text) {
        return "expected Russian text in Cyrillic, found “" + DatasetLoader.abbreviate(text) + "”";
    }

    /** At least one Cyrillic letter, and more Cyrillic letters than Latin ones. */
    static boolean mostlyCyrillic(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            // The common letters without the script table's search (a load checks every Russian text).
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
                continue;
            }
            if (c >= 0x410 && c <= 0x44F || c == 0x401 || c == 0x451) {
                cyrillic++;
                continue;
            }
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
        }
        return cyrillic > 0 && cyrillic > latin;
    }
}
