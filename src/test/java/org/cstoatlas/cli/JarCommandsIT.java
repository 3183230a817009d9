package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run in its own process exactly as the README says: java -jar target/csto-atlas.jar ... */
class JarCommandsIT {

    record Run(int code, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        return java(Map.of(), args);
    }

    /** The jar run with {@code env} changed (a null value removes the variable). */
    static Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("atlas.jar", "target/csto-atlas.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar was built: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("atlas-out", ".txt");
        Path err = Files.createTempFile("atlas-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void statusFromTheJar() throws Exception {
        Run r = java("status", "--date", "2013-06-01", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("iso_a3,name,status,since"), r.out());
        assertTrue(r.out().contains("UZB,Uzbekistan,suspended,2012-06-28"), r.out());
    }

    @Test
    void validateFromTheJarReadsTheDatasetInsideTheJar() throws Exception {
        Run r = java("validate");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("valid: "));
    }

    @Test
    void aBadDateFromTheJarIsAMessageNotATrace() throws Exception {
        Run r = java("history", "--country", "KAZ", "--format", "yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --format must be one of table, csv, json, not 'yaml'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void theWindowWithNoDisplayIsAMessageNotATrace() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"), "a Linux desktop");
        Map<String, String> noDisplay = new java.util.HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        for (Run r : List.of(java(noDisplay, "--date", "2008-06-01"), java(noDisplay))) {
            assertEquals(5, r.code(), r.err());
            assertTrue(r.err().startsWith("error: there is no display to open the atlas window on"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
    }
}
