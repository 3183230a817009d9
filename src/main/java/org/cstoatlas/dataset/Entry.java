package org.cstoatlas.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cstoatlas.record.FuzzyDate;

/**
 * One JSON object being read into the record. Each accessor returns the value or, when it is missing
 * or wrong, reports a problem at the value's place and returns null; reading goes on, so that every
 * problem of a file is found in one pass.
 */
final class Entry {

    final Reading reading;
    final Json.Obj obj;
    final String path;
    private boolean failed;

    private Entry(Reading reading, Json.Obj obj, String path, List<String> allowed) {
        this.reading = reading;
        this.obj = obj;
        this.path = path;
        for (Json.Member m : obj.members().values()) {
            if (!allowed.contains(m.name())) {
                reading.problem(m.line(), m.column(), path + "." + m.name(), "unknown field '" + m.name() + "' (allowed: " + String.join(", ", allowed) + ")");
                failed = true;
            }
        }
    }

    /** Opens a JSON value as an entry, or reports that it is not an object and returns null. */
    static Entry of(Reading reading, Json value, String path, List<String> allowed) {
        if (value instanceof Json.Obj o) return new Entry(reading, o, path, allowed);
        reading.problem(value.line(), value.column(), path, "expected an object, found " + value.what());
        return null;
    }

    /** True when some field was missing or wrong: the entry is not taken into the record. */
    boolean failed() {
        return failed;
    }

    String field(String key) {
        return path + "." + key;
    }

    Json raw(String key) {
        Json.Member m = obj.members().get(key);
        return m == null || m.value() instanceof Json.Null ? null : m.value();
    }

    private Json required(String key) {
        Json v = raw(key);
        if (v == null) fail(obj.line(), obj.column(), field(key), "missing field '" + key + "'");
        return v;
    }

    /** Marks the entry failed when the problem was already reported elsewhere. */
    void markFailed() {
        failed = true;
    }

    void fail(int line, int column, String field, String message) {
        reading.problem(line, column, field, message);
        failed = true;
    }

    void fail(Json at, String field, String message) {
        fail(at.line(), at.column(), field, message);
    }

    String text(String key) {
        return asText(required(key), key);
    }

    String optText(String key) {
        return asText(raw(key), key);
    }

    private String asText(Json v, String key) {
        if (v == null) return null;
        if (!(v instanceof Json.Str s)) {
            fail(v, field(key), "expected a string, found " + v.what());
            return null;
        }
        if (s.value().isBlank()) {
            fail(v, field(key), "must not be empty");
            return null;
        }
        return s.value();
    }

    /** A word of a fixed vocabulary, parsed by {@code parser}, whose message names the allowed words. */
    <T> T word(String key, Function<String, T> parser) {
        Json v = required(key);
        String s = asText(v, key);
        return s == null ? null : parse(v, key, s, parser);
    }

    <T> T optWord(String key, Function<String, T> parser) {
        Json v = raw(key);
        String s = asText(v, key);
        return s == null ? null : parse(v, key, s, parser);
    }

    private <T> T parse(Json at, String key, String s, Function<String, T> parser) {
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            fail(at, field(key), e.getMessage());
            return null;
        }
    }

    FuzzyDate date(String key) {
        return word(key, FuzzyDate::parse);
    }

    FuzzyDate optDate(String key) {
        return optWord(key, FuzzyDate::parse);
    }

    Boolean optBool(String key) {
        Json v = raw(key);
        if (v == null) return null;
        if (v instanceof Json.Bool b) return b.value();
        fail(v, field(key), "expected true or false, found " + v.what());
        return null;
    }

    /** A number within {@code [min, max]}; integral when asked. */
    Double number(String key, double min, double max, boolean integral) {
        Json v = required(key);
        if (v == null) return null;
        if (!(v instanceof Json.Num n)) {
            fail(v, field(key), "expected a number, found " + v.what());
            return null;
        }
        if (integral && !n.integral()) {
            fail(v, field(key), "expected a whole number, found " + n.value());
            return null;
        }
        double d = n.value().doubleValue();
        if (!(d >= min && d <= max)) {
            fail(v, field(key), "must be between " + fmt(min) + " and " + fmt(max) + ", found " + n.value());
            return null;
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * A list whose items are read by {@code item} (given the item and its path); items that fail are
     * left out. Null when the list itself is missing (and required) or not a list.
     */
    <T> List<T> list(String key, boolean required, boolean nonEmpty, BiFunction<Json, String, T> item) {
        Json v = required ? required(key) : raw(key);
        if (v == null) return required ? null : List.of();
        if (!(v instanceof Json.Arr a)) {
            fail(v, field(key), "expected a list, found " + v.what());
            return null;
        }
        if (nonEmpty && a.items().isEmpty()) {
            fail(v, field(key), "must not be empty");
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            T t = item.apply(a.items().get(i), field(key) + "[" + i + "]");
            if (t == null) failed = true; else out.add(t);
        }
        return out;
    }

    /** A nested object read by {@code reader}; null (and a problem) when missing or wrong. */
    <T> T object(String key, boolean required, BiFunction<Json, String, T> reader) {
        Json v = required ? required(key) : raw(key);
        if (v == null) return null;
        T t = reader.apply(v, field(key));
        if (t == null) failed = true;
        return t;
    }
}
