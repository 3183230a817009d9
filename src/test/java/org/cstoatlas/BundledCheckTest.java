package org.cstoatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.cstoatlas.dataset.CheckedRecord;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled dataset's form checked at build time holds what the JSON holds, read in full. */
class BundledCheckTest {

    @Test
    void theBuildsFormHoldsTheSameRecordAsTheJsonCheckedInFull() {
        AllianceRecord checked = Bundled.checkedAtBuild();
        assertNotNull(checked, "the build wrote the checked form into the classes (process-classes)");
        LoadResult full = Bundled.loader().load(Bundled.dataset());
        assertTrue(full.ok(), () -> "the bundled dataset checks: " + full.problems());
        AllianceRecord json = full.record();
        assertEquals(json.alliances(), checked.alliances());
        assertEquals(json.allCountries(), checked.allCountries());
        assertEquals(json.allQuotes(), checked.allQuotes(), "every quote at the offsets found in its article");
        for (Alliance a : json.alliances()) {
            AllianceRecord j = json.forAlliance(a.id()), c = checked.forAlliance(a.id());
            for (Function<AllianceRecord, List<?>> part : List.<Function<AllianceRecord, List<?>>>of(AllianceRecord::countries,
                    AllianceRecord::sources, AllianceRecord::references, AllianceRecord::periods, AllianceRecord::events,
                    AllianceRecord::deployments, AllianceRecord::forces, AllianceRecord::exercises, AllianceRecord::bases,
                    AllianceRecord::disagreements)) {
                assertEquals(part.apply(j), part.apply(c), a.id());
            }
        }
    }

    @Test
    void theBuildsShapesAreTheGeoJsonsRingForRing() throws IOException {
        try (var form = Bundled.class.getResourceAsStream(Bundled.COARSE_SHAPES)) {
            assertNotNull(form, "the build wrote the shapes' compact form into the classes (process-classes)");
            var built = org.cstoatlas.geo.CountryShapes.readForm(form).all();
            var json = Bundled.coarseGeoJson().all();
            assertEquals(json.size(), built.size());
            for (int i = 0; i < json.size(); i++) {
                var j = json.get(i);
                var b = built.get(i);
                assertEquals(List.of(j.iso(), j.name(), j.minLon(), j.minLat(), j.maxLon(), j.maxLat()),
                        List.of(b.iso(), b.name(), b.minLon(), b.minLat(), b.maxLon(), b.maxLat()));
                assertEquals(j.rings().size(), b.rings().size(), j.iso());
                for (int r = 0; r < j.rings().size(); r++) org.junit.jupiter.api.Assertions.assertArrayEquals(j.rings().get(r), b.rings().get(r), j.iso());
            }
        }
    }

    @Test
    void aDamagedShapesFormIsRefused() throws IOException {
        byte[] form;
        try (var in = Bundled.class.getResourceAsStream(Bundled.COARSE_SHAPES)) {
            form = in.readAllBytes();
        }
        assertThrows(IOException.class, () -> org.cstoatlas.geo.CountryShapes.readForm(new ByteArrayInputStream(java.util.Arrays.copyOf(form, form.length / 2))), "cut");
        assertThrows(IOException.class, () -> org.cstoatlas.geo.CountryShapes.readForm(new ByteArrayInputStream("{\"type\": 1}".getBytes())), "GeoJSON");
        byte[] huge = form.clone();
        huge[8] = 0x7f; // the count of shapes
        assertThrows(IOException.class, () -> org.cstoatlas.geo.CountryShapes.readForm(new ByteArrayInputStream(huge)), "a count out of bounds");
    }

    @Test
    void aCountryIsOneObjectWhereverTheRecordNamesIt() {
        AllianceRecord checked = Bundled.checkedAtBuild();
        assertNotNull(checked);
        var period = checked.allPeriods().get(0);
        var country = checked.allCountries().stream().filter(c -> c.iso().equals(period.country().iso())).findFirst().orElseThrow();
        assertSame(country, period.country());
        Quote q = checked.allQuotes().get(0);
        assertSame(checked.sources().stream().filter(s -> s.id().equals(q.source().id())).findFirst().orElseThrow(), q.source());
    }

    @Test
    void aFormRoundTripsAndAnythingElseIsRefused(@TempDir Path dir) throws Exception {
        AllianceRecord record = TestDatasets.minimal();
        Path file = dir.resolve("dataset.checked");
        CheckedRecord.write(record, file);
        AllianceRecord back = CheckedRecord.read(Files.newInputStream(file));
        assertEquals(record.alliances(), back.alliances());
        assertEquals(record.allPeriods(), back.allPeriods());

        byte[] bytes = Files.readAllBytes(file);
        assertThrows(IOException.class, () -> CheckedRecord.read(new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length / 2))),
                "a cut form");
        assertThrows(IOException.class, () -> CheckedRecord.read(new ByteArrayInputStream("{\"alliances\": []}".getBytes())), "not a form");
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(other)) {
            o.writeObject(new java.net.URI("https://example.org/"));
        }
        assertThrows(IOException.class, () -> CheckedRecord.read(new ByteArrayInputStream(other.toByteArray())), "Java's serialization, the form's old kind");
    }

    @Test
    void aDamagedFormIsRefusedOrReadButNeverBreaksTheReader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dataset.checked");
        CheckedRecord.write(TestDatasets.minimal(), file);
        byte[] form = Files.readAllBytes(file);
        java.util.SplittableRandom random = new java.util.SplittableRandom(1992);
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            byte[] damaged = form.clone();
            // A byte or four changed anywhere past the form's mark: counts, lengths, numbers and words alike.
            int at = 8 + random.nextInt(damaged.length - 8), n = 1 + random.nextInt(Math.min(4, damaged.length - at));
            for (int k = 0; k < n; k++) damaged[at + k] = (byte) random.nextInt(256);
            try {
                assertNotNull(CheckedRecord.read(new ByteArrayInputStream(damaged)));
            } catch (IOException expected) {
                refused++;
            }
        }
        assertTrue(refused > 0, "some damage is seen");
    }
}
