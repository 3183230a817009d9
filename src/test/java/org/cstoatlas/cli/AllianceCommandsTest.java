package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The context alliances on the command line: {@code alliances}, {@code status --alliance} on the day
 * before and the day of changes written from the references (not read off the dataset), and
 * {@code memberships}.
 */
class AllianceCommandsTest {

    /** The status column of {@code status --alliance ID --date D --format csv}; a country the alliance's record does not list is none. */
    private static String statusOf(String alliance, String date, String iso) {
        CommandLineTest.Run r = CommandLineTest.run("status", "--alliance", alliance, "--date", date, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("iso_a3,name,status,since", lines[0]);
        Map<String, String> byIso = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            // A name may hold a quoted comma: the status is the field before the last.
            String[] f = lines[i].split(",", -1);
            byIso.put(f[0], f[f.length - 2]);
        }
        return byIso.getOrDefault(iso, "none");
    }

    @Test
    void theWarsawPactIn1970ListsItsSevenMembersByTheirCodes() {
        CommandLineTest.Run r = CommandLineTest.run("status", "--alliance", "warsaw-pact", "--date", "1970-01-01", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> members = r.out().lines().skip(1).filter(l -> l.split(",", -1)[2].equals("member")).map(l -> l.split(",", -1)[0]).sorted().toList();
        assertEquals(List.of("BGR", "CSK", "DDR", "HUN", "POL", "ROU", "SUN"), members);
    }

    @Test
    void natoAnswersFromItsTreatyTheTimelineFromThatYear() {
        CommandLineTest.Run first = CommandLineTest.run("status", "--alliance", "nato", "--date", "1949-04-04", "--format", "csv");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("USA,United States,member,1949-04-04"), first.out());
        assertEquals("none", statusOf("nato", "1949-04-03", "USA"), "the day before the treaty");
        CommandLineTest.Run before = CommandLineTest.run("status", "--alliance", "nato", "--date", "1948-12-31");
        assertEquals(2, before.code());
        assertTrue(before.err().startsWith("error: --date: 1948-12-31 is outside the atlas's timeline (1949-01-01 to "), before.err());
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3} the day before, {4} that day")
    @CsvSource({
        "nato, GRC, 1952-02-18, none, member",
        "nato, DEU, 1955-05-06, none, member",
        "nato, ESP, 1982-05-30, none, member",
        "nato, BEL, 1949-04-04, none, member",
        "warsaw-pact, SUN, 1955-05-14, none, member",
        "warsaw-pact, ALB, 1962-02-01, member, suspended",
        "warsaw-pact, ALB, 1968-09-13, suspended, none",
        "warsaw-pact, DDR, 1990-09-24, member, none",
        "warsaw-pact, CSK, 1991-07-01, member, none",
        "nato, CZE, 1999-03-12, none, member",
        "nato, FIN, 2023-04-04, none, member",
        "nato, SWE, 2024-03-07, none, member",
        "cis, TKM, 2005-08-26, member, associate",
        "cis, GEO, 2009-08-18, member, former",
        "cis, UKR, 2018-05-19, participant, none",
        "sco, TUR, 2012-06-07, none, partner",
        "sco, IND, 2017-06-09, observer, member",
        "sco, BLR, 2024-07-04, observer, member",
        "eaeu, ARM, 2015-01-02, none, member",
        "eaeu, KGZ, 2015-08-06, none, member",
        "eaeu, MDA, 2018-05-14, none, observer",
        "guam, UZB, 1999-04-24, none, member",
        "guam, UZB, 2005-05-03, member, former",
    })
    void statusOfAnAllianceChangesOnTheDay(String alliance, String iso, String day, String before, String after) {
        String dayBefore = java.time.LocalDate.parse(day).minusDays(1).toString();
        assertEquals(before, statusOf(alliance, dayBefore, iso), iso + " in " + alliance + " on " + dayBefore);
        assertEquals(after, statusOf(alliance, day, iso), iso + " in " + alliance + " on " + day);
    }

    @Test
    void theCstoIsTheDefaultAndItsTableIsUnchanged() {
        CommandLineTest.Run plain = CommandLineTest.run("status", "--date", "2013-06-01");
        CommandLineTest.Run named = CommandLineTest.run("status", "--date", "2013-06-01", "--alliance", "csto");
        assertEquals(plain.out(), named.out());
        assertTrue(plain.out().startsWith("Status on 2013-06-01 (6 members)"), plain.out());
        CommandLineTest.Run nato = CommandLineTest.run("status", "--date", "2024-06-01", "--alliance", "nato");
        assertTrue(nato.out().startsWith("NATO: Status on 2024-06-01 (32 members)"), nato.out());
    }

    @Test
    void anUnknownAllianceIsAUsageErrorNamingTheKnownOnes() {
        CommandLineTest.Run r = CommandLineTest.run("status", "--date", "2013-06-01", "--alliance", "warsaw");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --alliance: no alliance 'warsaw' (known: csto, nato, cis, sco, eaeu, guam, warsaw-pact)"), r.err());
        CommandLineTest.Run same = CommandLineTest.run("snapshot", "--date", "2013-06-01", "--alliance", "nato", "--with", "nato", "--out", "x.png");
        assertEquals(2, same.code());
        assertTrue(same.err().startsWith("error: --with must name another alliance than --alliance (nato)"), same.err());
    }

    @Test
    void alliancesListsIdsNamesAndBodies() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("alliances");
        assertEquals(0, r.code(), r.err());
        for (String id : List.of("csto", "nato", "cis", "sco", "eaeu", "guam", "warsaw-pact")) assertTrue(r.out().contains("\n" + id + " "), r.out());
        assertTrue(r.out().contains("the Collective Security Treaty (1992)"), r.out());
        JsonNode json = new ObjectMapper().readTree(CommandLineTest.run("alliances", "--format", "json").out());
        assertEquals(7, json.size());
        assertEquals("csto", json.get(0).get("id").asText());
        assertTrue(json.get(0).get("subject").asBoolean());
        assertEquals(List.of("organization", "treaty", "parliamentary-assembly"),
                java.util.stream.StreamSupport.stream(json.get(0).get("bodies").spliterator(), false).map(b -> b.get("id").asText()).toList());
        assertEquals("ШОС", json.get(3).get("shortRu").asText());
    }

    @Test
    void membershipsListEveryAllianceOfACountryOnADate() throws Exception {
        // Kazakhstan on 2024-07-05: the CSTO, the CIS, the SCO and the EAEU; not NATO, not GUAM.
        CommandLineTest.Run csv = CommandLineTest.run("memberships", "--country", "kaz", "--date", "2024-07-05", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = List.of(csv.out().strip().split("\\R"));
        assertEquals("alliance,status,body,since", lines.get(0));
        assertEquals(List.of("csto", "cis", "sco", "eaeu"), lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList());
        assertTrue(lines.get(1).startsWith("csto,member,organization,"), lines.get(1));
        // Belarus the day before and the day it joined the SCO: observer, then member.
        JsonNode before = new ObjectMapper().readTree(CommandLineTest.run("memberships", "--country", "BLR", "--date", "2024-07-03", "--format", "json").out());
        JsonNode on = new ObjectMapper().readTree(CommandLineTest.run("memberships", "--country", "BLR", "--date", "2024-07-04", "--format", "json").out());
        assertEquals("observer", sco(before).get("status").asText());
        assertEquals("member", sco(on).get("status").asText());
        assertTrue(sco(on).get("evidence").size() > 0, "the evidence is given");
        CommandLineTest.Run table = CommandLineTest.run("memberships", "--country", "USA", "--date", "2024-06-01");
        assertTrue(table.out().startsWith("United States (USA) on 2024-06-01: 1 alliance"), table.out());
        assertEquals(2, CommandLineTest.run("memberships", "--date", "2024-06-01").code());
    }

    private static JsonNode sco(JsonNode top) {
        for (JsonNode m : top.get("memberships")) if (m.get("alliance").asText().equals("sco")) return m;
        throw new AssertionError("no sco in " + top);
    }
}
