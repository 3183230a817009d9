package org.cstoatlas.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a JSON file (a dataset's, a view's, a lesson's, the settings) is not valid JSON, in a reader's words:
 * Jackson's own wording names its classes and options ("enable `JsonReadFeature...` to allow") and its
 * stream limits ("from `StreamReadConstraints.getMaxNumberLength()`"), which tell a reader nothing.
 */
public final class JsonRefusal {

    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '([^']*)'");

    private JsonRefusal() {
    }

    /** What kind of refusal: a stream limit (with the limit), a non-number, or JSON's own syntax. */
    public enum Kind {
        DIGITS, NAME, TEXT, DEPTH, LENGTH, LIMIT, NOT_A_NUMBER, SYNTAX
    }

    /** A refusal's kind and the value it names (the limit, the token), or null for none. */
    public record Refusal(Kind kind, String value) {
    }

    /** The refusal's kind, for a reader's words in any language. */
    public static Refusal of(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            // Jackson stops counting where it stops reading: only the limit is worth saying.
            Matcher n = LIMIT.matcher(m);
            if (!n.find()) return new Refusal(Kind.LIMIT, null);
            String most = n.group(2);
            if (m.startsWith("Number value length")) return new Refusal(Kind.DIGITS, most);
            if (m.startsWith("Name length")) return new Refusal(Kind.NAME, most);
            if (m.startsWith("String value length")) return new Refusal(Kind.TEXT, most);
            if (m.contains("nesting depth")) return new Refusal(Kind.DEPTH, most);
            if (m.startsWith("Document length")) return new Refusal(Kind.LENGTH, most);
            return new Refusal(Kind.LIMIT, null);
        }
        Matcher nan = NON_NUMBER.matcher(m);
        if (nan.find()) return new Refusal(Kind.NOT_A_NUMBER, nan.group(1));
        return new Refusal(Kind.SYNTAX, null);
    }

    /** The reason, one line, without the file's name or place (the caller adds them). */
    public static String reason(JsonProcessingException e) {
        Refusal r = of(e);
        return switch (r.kind()) {
            case DIGITS -> "a number has more than " + r.value() + " digits";
            case NAME -> "a field name is longer than " + r.value() + " characters";
            case TEXT -> "a text is longer than " + r.value() + " characters";
            case DEPTH -> "nested more than " + r.value() + " levels deep";
            case LENGTH -> "longer than " + r.value() + " characters";
            case LIMIT -> "exceeds a limit of the JSON reader";
            case NOT_A_NUMBER -> "'" + r.value() + "' is not a number JSON allows (write a number, or null)";
            case SYNTAX -> {
                String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
                int cut = m.indexOf('\n');
                String line = cut < 0 ? m : m.substring(0, cut);
                yield line.isBlank() ? "unreadable" : line;
            }
        };
    }
}
