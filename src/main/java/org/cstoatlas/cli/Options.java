package org.cstoatlas.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's {@code --name value} options and its plain arguments, checked against what it accepts. */
final class Options {

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> plain = new ArrayList<>();

    Options(List<String> args, Set<String> accepted, int maxPlain) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!accepted.contains(name)) {
                    throw new UsageException("unknown option --" + name + (accepted.isEmpty() ? "" : " (accepted: --" + String.join(", --", accepted) + ")"));
                }
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) throw new UsageException("--" + name + " needs a value");
                    value = args.get(++i);
                }
                if (values.put(name, value) != null) throw new UsageException("--" + name + " is given twice");
            } else {
                plain.add(a);
            }
        }
        if (plain.size() > maxPlain) throw new UsageException("unexpected argument '" + plain.get(maxPlain) + "'");
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) throw new UsageException("--" + name + " is required");
        return v;
    }

    String choice(String name, String fallback, List<String> allowed) throws UsageException {
        String v = values.getOrDefault(name, fallback);
        if (!allowed.contains(v)) throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
        return v;
    }

    LocalDate date(String name) throws UsageException {
        String v = values.get(name);
        return v == null ? null : parseDate("--" + name, v);
    }

    static LocalDate parseDate(String what, String v) throws UsageException {
        try {
            return LocalDate.parse(v, STRICT_DATE);
        } catch (DateTimeException e) {
            throw new UsageException(what + ": '" + v + "' is not a valid date (expected YYYY-MM-DD, e.g. 2008-06-01)");
        }
    }

    int positiveInt(String name, int fallback, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a whole number from 1 to " + max + ", not '" + v + "'");
    }

    List<String> plain() {
        return plain;
    }
}
