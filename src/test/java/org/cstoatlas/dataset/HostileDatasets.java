package org.cstoatlas.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.geo.CountryShapes;

/** Hostile datasets made on the spot from the minimal one: too many of everything, and quotes built to be slow. */
final class HostileDatasets {

    private HostileDatasets() {
    }

    /** The minimal dataset copied into {@code dir}. */
    static Path minimal(Path dir) {
        TestDatasets.copy(TestDatasets.folder("minimal"), dir);
        return dir;
    }

    /** {@code count} empty objects as periods: each is five or six problems. */
    static Path emptyPeriods(Path dir, int count) throws IOException {
        minimal(dir);
        StringBuilder s = new StringBuilder(count * 3 + 32).append("{\"periods\": [");
        for (int i = 0; i < count; i++) s.append(i == 0 ? "{}" : ",{}");
        Files.writeString(dir.resolve("zz-empty.json"), s.append("]}\n"), StandardCharsets.UTF_8);
        return dir;
    }

    /** A valid dataset: {@code countries} countries (all the shapes know) with {@code perCountry} one-day periods each. */
    static Path manyPeriods(Path dir, int countries, int perCountry) throws IOException {
        minimal(dir);
        List<String> codes = new ArrayList<>(CountryShapes.readIsoCodes(Bundled.countries("50m")));
        codes.removeAll(List.of("RUS", "KAZ", "UZB"));
        StringBuilder s = new StringBuilder("{\"countries\": [\n");
        for (int c = 0; c < countries; c++) {
            s.append(c == 0 ? "" : ",\n").append("{\"iso\": \"").append(codes.get(c)).append("\", \"name\": \"Country ").append(c).append("\", \"nameRu\": \"Страна ").append(c).append("\"}");
        }
        s.append("\n], \"periods\": [\n");
        java.time.LocalDate origin = java.time.LocalDate.of(1992, 5, 15);
        for (int c = 0; c < countries; c++) {
            for (int i = 0; i < perCountry; i++) {
                java.time.LocalDate day = origin.plusDays(c + i * 2L * countries);
                s.append(c == 0 && i == 0 ? "" : ",\n").append("{\"id\": \"m").append(c).append('_').append(i)
                        .append("\", \"country\": \"").append(codes.get(c)).append("\", \"body\": \"organization\", \"status\": \"observer\", ")
                        .append("\"start\": \"").append(day).append("\", \"end\": \"").append(day.plusDays(1)).append("\", ")
                        .append("\"evidence\": [{\"reference\": \"ref-a\", \"says\": \"An observer for a day.\"}]}");
            }
        }
        Files.writeString(dir.resolve("many.json"), s.append("\n]}\n"), StandardCharsets.UTF_8);
        return dir;
    }

    /** A 4 MB article of one letter and {@code quotes} quotes of 51 characters that almost match it everywhere. */
    static Path slowQuotes(Path dir, int quotes) {
        minimal(dir);
        try {
            String article = "a".repeat((4 << 20) - 100) + " and here the article ends.";
            Files.writeString(dir.resolve("sources/long.txt"), article, StandardCharsets.UTF_8);
            StringBuilder s = new StringBuilder("{\"sources\": [{\"id\": \"long\", \"title\": \"Long\", \"publisher\": \"none\", \"written\": \"2022\"}],\n");
            s.append("\"events\": [\n");
            for (int i = 0; i < quotes; i++) {
                String quote = "a".repeat(51 - Integer.toString(i).length()) + i;
                s.append(i == 0 ? "" : ",\n").append("{\"id\": \"e").append(i).append("\", \"date\": \"2000\", \"kind\": \"summit\", \"title\": \"E\", ")
                        .append("\"evidence\": [{\"source\": \"long\", \"quote\": \"").append(quote).append("\"}]}");
            }
            Files.writeString(dir.resolve("long.json"), s.append("\n]}\n"), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid dataset within every limit with one more alliance, "big": {@code countries} countries of
     * {@code perCountry} one-day periods each, and as many events of its own.
     */
    static Path bigAlliance(Path dir, int countries, int perCountry) throws IOException {
        minimal(dir);
        List<String> codes = new ArrayList<>(CountryShapes.readIsoCodes(Bundled.countries("50m")));
        codes.removeAll(List.of("RUS", "KAZ", "UZB"));
        StringBuilder s = new StringBuilder("{\"alliances\": [{\"id\": \"big\", \"name\": \"Big\", \"nameRu\": \"Большой\", \"short\": \"B\", \"shortRu\": \"Б\", "
                + "\"statuses\": [\"member\"], \"bodies\": [{\"id\": \"big-body\", \"title\": \"Big\", \"titleRu\": \"Большой\", \"precedence\": 1}]}],\n");
        s.append("\"countries\": [\n");
        for (int c = 0; c < countries; c++) {
            s.append(c == 0 ? "" : ",\n").append("{\"iso\": \"").append(codes.get(c)).append("\", \"name\": \"C").append(c).append("\", \"nameRu\": \"С").append(c).append("\"}");
        }
        s.append("\n], \"periods\": [\n");
        java.time.LocalDate origin = java.time.LocalDate.of(1992, 5, 15);
        int n = 0;
        for (int c = 0; c < countries; c++) {
            for (int i = 0; i < perCountry; i++) {
                java.time.LocalDate day = origin.plusDays(c + i * 2L * countries);
                s.append(n++ == 0 ? "" : ",\n").append("{\"id\": \"b").append(c).append('_').append(i).append("\", \"country\": \"").append(codes.get(c))
                        .append("\", \"body\": \"big-body\", \"status\": \"member\", \"start\": \"").append(day).append("\", \"end\": \"").append(day.plusDays(1))
                        .append("\", \"evidence\": [{\"reference\": \"ref-a\", \"says\": \"x\"}]}");
            }
        }
        s.append("\n], \"events\": [\n");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",\n").append("{\"id\": \"be").append(i).append("\", \"date\": \"").append(origin.plusDays(i % 10_000))
                    .append("\", \"kind\": \"summit\", \"title\": \"E\", \"alliance\": \"big\", \"countries\": [\"").append(codes.get(i % countries))
                    .append("\"], \"evidence\": [{\"reference\": \"ref-a\", \"says\": \"x\"}]}");
        }
        Files.writeString(dir.resolve("big.json"), s.append("\n]}\n"), StandardCharsets.UTF_8);
        return dir;
    }
}
