package org.cstoatlas.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value stood (line and column), read with Jackson's streaming
 * parser; Jackson's own tree forgets positions, and every problem must say where it is.
 */
sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null {

    int line();

    int column();

    /** What kind of value this is, for messages: "an object", "a string", ... */
    String what();

    record Obj(Map<String, Member> members, int line, int column) implements Json {
        public String what() {
            return "an object";
        }
    }

    /** An object's member: its value, where its name stood, and its path from the root ("events[0].title"). */
    record Member(String name, Json value, int line, int column, String path) {
    }

    record Arr(List<Json> items, int line, int column) implements Json {
        public String what() {
            return "a list";
        }
    }

    record Str(String value, int line, int column) implements Json {
        public String what() {
            return "a string";
        }
    }

    record Num(Number value, boolean integral, int line, int column) implements Json {
        public String what() {
            return "a number";
        }
    }

    record Bool(boolean value, int line, int column) implements Json {
        public String what() {
            return "true or false";
        }
    }

    record Null(int line, int column) implements Json {
        public String what() {
            return "null";
        }
    }

    /** Malformed JSON: Jackson's words, where it stopped. */
    final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Malformed(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build();

    /**
     * Parses one document. Duplicate member names are reported to {@code duplicates} (the later one wins,
     * as a user would not expect), so that they become problems rather than silent overwrites.
     */
    static Json parse(String text, List<Member> duplicates) throws Malformed {
        return parse(text, duplicates, new Budget(Integer.MAX_VALUE));
    }

    /** How many more values a dataset may hold: the tree of a file of a million {@code {}} must not fill the memory. */
    final class Budget {
        private final long limit;
        private long left;

        Budget(long values) {
            this.limit = values;
            this.left = values;
        }

        boolean exhausted() {
            return left < 0;
        }

        long left() {
            return left;
        }

        /** Takes {@code values} at once (a file's parse kept from an earlier load); false, taking none, when fewer are left. */
        boolean take(long values) {
            if (values > left) return false;
            left -= values;
            return true;
        }
    }

    /** Parses one document, taking each value it holds from {@code budget}. */
    static Json parse(String text, List<Member> duplicates, Budget budget) throws Malformed {
        JsonParser p = null;
        try {
            p = FACTORY.createParser(text);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Malformed("the file is empty", 1, 1);
            }
            Json root = read(p, duplicates, "", budget, mayEscapeHalves(text));
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new Malformed("unexpected content after the end of the document", at.getLineNr(), at.getColumnNr());
            }
            return root;
        } catch (JsonProcessingException e) {
            // Some refusals (a number of 2,000 digits) carry no location: the parser knows where it stands.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentTokenLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int col = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new Malformed("malformed JSON: " + org.cstoatlas.files.JsonRefusal.reason(e), line, col);
        } catch (IOException e) {
            throw new Malformed("malformed JSON: " + firstLine(e.getMessage()), 1, 1);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // Parsing a string: nothing to release.
                }
            }
        }
    }

    /** The most values a whole dataset may hold (the bundled one holds a few thousand). */
    int MAX_VALUES = 500_000;

    /**
     * JSON lets a string escape half a character (a lone surrogate, {@code "\\ud800"}); such a string
     * cannot be written out again as UTF-8, so it is refused where it stands.
     */
    private static void checkCharacters(String s, JsonLocation at) throws Malformed {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Malformed(String.format("a string holds half a character (a lone surrogate \\u%04X): not text", (int) c),
                        at.getLineNr(), at.getColumnNr());
            }
        }
    }

    /**
     * Whether the text escapes a surrogate ({@code \\uD800} to {@code \\uDFFF}): only then can a parsed string
     * hold half a character, for the text itself comes from strict UTF-8, which holds none. One search of the
     * file instead of a look at every character of every string (a quarter of a load).
     */
    static boolean mayEscapeHalves(String text) {
        for (int at = text.indexOf("\\u"); at >= 0 && at + 3 < text.length(); at = text.indexOf("\\u", at + 2)) {
            char first = text.charAt(at + 2);
            char second = text.charAt(at + 3);
            if ((first == 'd' || first == 'D') && "89abcdefABCDEF".indexOf(second) >= 0) return true;
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Json read(JsonParser p, List<Member> duplicates, String path, Budget budget, boolean halves) throws IOException, Malformed {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (--budget.left < 0) throw new Malformed("too many values: a dataset holds at most " + budget.limit + " JSON values in all", line, col);
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Member> members = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation nameAt = p.currentTokenLocation();
                    String name = p.currentName();
                    if (halves) checkCharacters(name, nameAt);
                    p.nextToken();
                    String memberPath = path.isEmpty() ? name : path + "." + name;
                    Member m = new Member(name, read(p, duplicates, memberPath, budget, halves), nameAt.getLineNr(), nameAt.getColumnNr(), memberPath);
                    if (members == null) members = new LinkedHashMap<>();
                    if (members.put(name, m) != null) duplicates.add(m);
                }
                // Empty objects share one map: a file of a million {} stays small.
                return new Obj(members == null ? Map.of() : members, line, col);
            }
            case START_ARRAY -> {
                List<Json> items = null;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (items == null) items = new ArrayList<>();
                    items.add(read(p, duplicates, path + "[" + items.size() + "]", budget, halves));
                }
                return new Arr(items == null ? List.of() : items, line, col);
            }
            case VALUE_STRING -> {
                String text = p.getText();
                if (halves) checkCharacters(text, at);
                return new Str(text, line, col);
            }
            case VALUE_NUMBER_INT -> {
                return new Num(p.getNumberValue(), true, line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Num(p.getDoubleValue(), false, line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(p.getBooleanValue(), line, col);
            }
            case VALUE_NULL -> {
                return new Null(line, col);
            }
            default -> throw new IOException("unexpected token " + p.currentToken());
        }
    }
}
