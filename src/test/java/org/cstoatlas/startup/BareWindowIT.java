package org.cstoatlas.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as the installer ships it: its version, and the start-up baseline it carries. */
class BareWindowIT {

    private static Path jar() {
        return Path.of(System.getProperty("atlas.jar", "target/csto-atlas.jar")).toAbsolutePath();
    }

    @Test
    void theBareWindowPrintsItsFirstFrameAndExits(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Duser.home=" + dir, "-cp", jar().toString(),
                "org.cstoatlas.startup.BareWindow", "--offscreen"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile("(?m)^bare_first_frame_ms (\\d+) ms$").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Long.parseLong(m.group(1)) > 0, out);
    }

    @Test
    void aWrongArgumentIsAUsageError(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-cp", jar().toString(), "org.cstoatlas.startup.BareWindow", "--onscreen"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        assertEquals(2, p.exitValue());
        assertTrue(Files.readString(dir.resolve("out.txt")).contains("usage: BareWindow [--offscreen]"));
    }

    @Test
    void theJarCarriesTheProjectVersion() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String version = pom.getDocumentElement().getElementsByTagName("version").item(0).getTextContent().strip();
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertEquals(version, jar.getManifest().getMainAttributes().getValue("Implementation-Version"));
        }
    }
}
