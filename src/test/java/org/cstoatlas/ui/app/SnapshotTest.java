package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import org.cstoatlas.ui.MapProbe;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javax.imageio.ImageIO;
import org.cstoatlas.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot renders the real window: its pixels show what the map shows. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class SnapshotTest {

    /** The colour of a country's fill in the rendered window, read at a point clear of names and borders. */
    private static int pixelOf(Snapshot.Rendered r, String iso) throws Exception {
        Point2D p = Offscreen.onFx(() -> MapProbe.scenePointInside(r.window(), iso));
        return r.image().getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    @Test
    void uzbekistansFillOn2008DiffersFrom2013() throws Exception {
        Snapshot.Rendered in2008 = Snapshot.render(LocalDate.of(2008, 6, 1), null, 1000, 700);
        Snapshot.Rendered in2013 = Snapshot.render(LocalDate.of(2013, 6, 1), null, 1000, 700);
        int member = pixelOf(in2008, "UZB");
        int suspended = pixelOf(in2013, "UZB");
        assertNotEquals(member, suspended);
        assertEquals(pixelOf(in2008, "KAZ"), member, "in 2008 Uzbekistan has the fill of Kazakhstan, a member");
        assertTrue(blue(member) > red(member) + 40 && blue(member) > green(member), "a member is navy: " + Integer.toHexString(member));
        assertTrue(red(suspended) > blue(suspended) + 80, "suspended is orange: " + Integer.toHexString(suspended));
        assertEquals(pixelOf(in2008, "KAZ"), pixelOf(in2013, "KAZ"), "Kazakhstan stayed a member");
    }

    @Test
    void theSnapshotRendersTheDeployment() throws Exception {
        Snapshot.Rendered r = Snapshot.render(LocalDate.of(2022, 1, 7), null, 1400, 900);
        // A point an eighth of the way along the Tajikistan arrow (near Dushanbe, clear of the labels and the box);
        // it is drawn solid, as a source gives its size (Belarus's, with none, is dashed).
        Point2D p = Offscreen.onFx(() -> {
            var arrow = r.window().operations().arrows().stream().filter(a -> a.contingent().country().iso().equals("TJK")).findFirst().orElseThrow();
            var curve = (javafx.scene.shape.CubicCurveTo) arrow.shaft().getElements().get(1);
            var move = (javafx.scene.shape.MoveTo) arrow.shaft().getElements().get(0);
            double t = 0.125, u = 1 - t;
            double x = u * u * u * move.getX() + 3 * u * u * t * curve.getControlX1() + 3 * u * t * t * curve.getControlX2() + t * t * t * curve.getX();
            double y = u * u * u * move.getY() + 3 * u * u * t * curve.getControlY1() + 3 * u * t * t * curve.getControlY2() + t * t * t * curve.getY();
            return arrow.shaft().localToScene(x, y);
        });
        int rgb = r.image().getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        assertTrue(red(rgb) > 140 && red(rgb) > 2 * blue(rgb), "the arrow's red: " + Integer.toHexString(rgb));
    }

    /** The rendered pixel where a place stands on the map. */
    private static int pixelAt(Snapshot.Rendered r, double lat, double lon) throws Exception {
        Point2D p = Offscreen.onFx(() -> r.window().countries().scenePoint(lat, lon));
        return r.image().getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    @Test
    void aBasesTriangleIsDrawnWhereTheBaseStandsFromTheDayItOpened() throws Exception {
        // The 102nd base at Gyumri, alone in Armenia: opened 1 September 1994, about 3,500 from August 2010.
        double lat = 40.7894, lon = 43.8475;
        org.cstoatlas.state.AtlasState state = org.cstoatlas.state.AtlasState.initial(LocalDate.now(), org.cstoatlas.record.Language.EN);
        Snapshot.Rendered before = Snapshot.render(state.withDate(LocalDate.of(1994, 8, 31)), 1400, 900, false);
        Snapshot.Rendered sized = Snapshot.render(state.withDate(LocalDate.of(2010, 8, 15))
                .withSelection(new org.cstoatlas.state.SelectionRef(org.cstoatlas.state.SelectionRef.Kind.BASE, "ru-102nd-base-armenia")), 1400, 900, false);
        int land = pixelAt(before, lat, lon);
        int base = pixelAt(sized, lat, lon);
        assertTrue(blue(land) > 150, "before it opened, Armenia's treaty blue: " + Integer.toHexString(land));
        assertTrue(red(base) < 70 && green(base) < 70 && blue(base) < 80, "the base's charcoal triangle: " + Integer.toHexString(base));
        // The triangle stands at Gyumri itself: its centroid is the base's place.
        Point2D centroid = Offscreen.onFx(() -> {
            var ops = sized.window().operations();
            var gyumriBase = ops.bases().stream().filter(b -> b.base().id().equals("ru-102nd-base-armenia")).findFirst().orElseThrow().base();
            return ops.markOf(gyumriBase).localToScene(0, 0);
        });
        Point2D gyumri = Offscreen.onFx(() -> sized.window().countries().scenePoint(lat, lon));
        assertTrue(centroid.distance(gyumri) < 1, centroid + " at " + gyumri);
    }

    @Test
    void theSnapshotCommandWritesAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("slides").resolve("kazakhstan.png");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), new DesktopEntry())
                .run("snapshot", "--date", "2022-01-07", "--select", "kaz", "--width", "1024", "--height", "640", "--out", out.toString());
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1024, image.getWidth());
        assertEquals(640, image.getHeight());
    }

    @Test
    void aSnapshotOfAnUnknownCountryIsAUsageError(@TempDir Path dir) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), new DesktopEntry())
                .run("snapshot", "--date", "2022-01-07", "--select", "XYZ", "--out", dir.resolve("x.png").toString());
        assertEquals(2, code);
        assertTrue(e.toString(StandardCharsets.UTF_8).startsWith("error: no country 'XYZ' in the dataset"));
    }
}
