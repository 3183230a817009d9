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

    /** The reason, one line, without the file's name or place (the caller adds them). */
    public static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            // Jackson stops counting where it stops reading: only the limit is worth saying.
            Matcher n = LIMIT.matcher(m);
            String most = n.find() ? n.group(2) : "the limit";
            if (m.startsWith("Number value length")) return "a number has more than " + most + " digits";
            if (m.startsWith("Name length")) return "a field name is longer than " + most + " characters";
            if (m.startsWith("String value length")) return "a text is longer than " + most + " characters";
            if (m.contains("nesting depth")) return "nested more than " + most + " levels deep";
            if (m.startsWith("Document length")) return "longer than " + most + " characters";
            return "exceeds a limit of the JSON reader";
        }
        Matcher nan = NON_NUMBER.matcher(m);
        if (nan.find()) return "'" + nan.group(1) + "' is not a number JSON allows (write a number, or null)";
        int cut = m.indexOf('\n');
        String line = cut < 0 ? m : m.substring(0, cut);
        return line.isBlank() ? "unreadable" : line;
    }
}
