package org.cstoatlas.cli;

import org.cstoatlas.launch.Launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The window as `mvn javafx:run` starts it: JavaFX on the module path, the rest on the class path, with
 * the JVM options the pom gives the javafx plugin. The tests and `java -jar` use the class path, where
 * some libraries' reach into JavaFX's internals goes unchecked; here it would fail to start.
 */
class ModulePathIT {

    @Test
    void theWindowStartsWithJavaFxOnTheModulePath(@TempDir Path dir) throws Exception {
        Path target = Path.of(System.getProperty("atlas.jar", "target/csto-atlas.jar")).toAbsolutePath().getParent();
        List<Path> libs;
        try (Stream<Path> s = Files.list(target.resolve("lib"))) {
            libs = s.sorted().toList();
        }
        String modulePath = join(libs.stream().filter(p -> p.getFileName().toString().startsWith("javafx-")).toList());
        Path monocle = libs.stream().filter(p -> p.getFileName().toString().startsWith("openjfx-monocle")).findFirst().orElseThrow();
        List<Path> classPath = new ArrayList<>(List.of(target.resolve("csto-atlas.jar")));
        libs.stream().filter(p -> !p.getFileName().toString().startsWith("javafx-") && !p.equals(monocle)).forEach(classPath::add);

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "javafx.controls,javafx.swing",
                // Headless here, so Monocle joins javafx.graphics as it would be on a desktop's glass.
                "--patch-module", "javafx.graphics=" + monocle));
        cmd.addAll(javafxRunOptions());
        Path png = dir.resolve("module-path.png");
        cmd.addAll(List.of("-cp", join(classPath), "org.cstoatlas.launch.Launcher", "snapshot", "--date", "2022-01-07", "--out", png.toString()));
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(output.contains("IllegalAccessError"), output);
        assertEquals(0, p.exitValue(), output);
        assertEquals(1280, ImageIO.read(png.toFile()).getWidth());
    }

    /** The {@code <options>} of the javafx-maven-plugin in the project's pom. */
    static List<String> javafxRunOptions() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        NodeList plugins = doc.getElementsByTagName("plugin");
        List<String> options = new ArrayList<>();
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"javafx-maven-plugin".equals(plugin.getElementsByTagName("artifactId").item(0).getTextContent().strip())) continue;
            NodeList option = plugin.getElementsByTagName("option");
            for (int j = 0; j < option.getLength(); j++) options.add(option.item(j).getTextContent().strip());
        }
        return options;
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
