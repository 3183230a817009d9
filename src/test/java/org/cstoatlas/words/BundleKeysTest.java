package org.cstoatlas.words;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code and the interface's bundles read together, as JabRef's localization test does: every key the
 * code names is in both languages, and no key of the bundles is left that no code asks for. A key built
 * from a word ({@code "animation.refused." + why.id()}) is named by its stem, which stands for every key
 * under it.
 */
class BundleKeysTest {

    /** A key as the code writes it: dotted words ("menu.file", "unreadable.not-a-date"), or a stem ending in a dot. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)*\\.?)\"");

    static Properties english;
    static Properties russian;
    static String code;

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(BundleKeysTest.class.getResourceAsStream("/org/cstoatlas/ui/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @BeforeAll
    static void read() throws IOException {
        english = load("texts.properties");
        russian = load("texts_ru.properties");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) all.append(Files.readString(f)).append('\n');
            code = all.toString();
        }
    }

    /** The first words of the bundles' keys ("menu", "animation"): a literal beginning otherwise is no key. */
    private static Set<String> namespaces() {
        return english.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))).collect(Collectors.toSet());
    }

    private static List<String> literals() {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        Set<String> spaces = namespaces();
        while (m.find()) {
            String s = m.group(1);
            int dot = s.indexOf('.');
            if (dot > 0 && spaces.contains(s.substring(0, dot))) out.add(s);
        }
        return out;
    }

    @Test
    void everyKeyTheCodeNamesIsInBothLanguages() {
        Set<String> missing = new TreeSet<>();
        for (String key : literals()) {
            if (key.endsWith(".")) {
                if (english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key))) missing.add(key + "* (no key under this stem)");
                continue;
            }
            // A literal that is a key's stem without its dot ("legend.short" + ...) is no key of its own.
            boolean stem = english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
            if (!english.containsKey(key) && !stem) missing.add(key + " (English)");
            if (english.containsKey(key) && !russian.containsKey(key)) missing.add(key + " (Russian)");
        }
        assertTrue(missing.isEmpty(), "keys the code names that a bundle lacks:\n" + String.join("\n", missing));
    }

    @Test
    void noKeyIsLeftThatNoCodeAsksFor() {
        List<String> named = literals();
        Set<String> exact = new TreeSet<>();
        List<String> stems = new ArrayList<>();
        for (String s : named) {
            if (s.endsWith(".")) stems.add(s);
            else exact.add(s);
        }
        Set<String> unused = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (exact.contains(key) || stems.stream().anyMatch(key::startsWith)) continue;
            unused.add(key);
        }
        assertTrue(unused.isEmpty(), "keys no code asks for (remove them from both bundles, or name them in the code):\n" + String.join("\n", unused));
    }
}
