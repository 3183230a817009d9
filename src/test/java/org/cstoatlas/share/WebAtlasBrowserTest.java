package org.cstoatlas.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoatlas.Bundled;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;

/**
 * The offline web page in a real browser: Debian's chromium, driven by its chromedriver, with the
 * network cut off. A student moves the slider, clicks a country, steps a lesson with the keyboard,
 * switches to Russian; the page's fills, table and quotes are checked against what the record's time
 * index says for those dates. Where chromium or chromedriver is missing the tests are skipped.
 */
class WebAtlasBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static TimeIndex index;
    static Lesson lesson;
    static Path page;
    static Path lessonPage;
    static ChromeDriver browser;
    static String css;

    @BeforeAll
    static void writeThePagesAndOpenTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        index = new TimeIndex(Bundled.loadDataset().record());
        css = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        LocalDate today = LocalDate.now();
        WebAtlas atlas = WebAtlas.bundled(index, org.cstoatlas.Bundled.loadDataset().record().firstDay(), today);
        page = dir.resolve("atlas.html");
        atlas.write(null, Language.EN, page, p -> { }, () -> false);
        // A lesson of three stops on the record's first three accession or treaty days, each selecting its first country.
        List<Lesson.Stop> stops = new ArrayList<>();
        AtlasState base = AtlasState.initial(today, Language.EN);
        for (Event e : index.eventsBetween(org.cstoatlas.Bundled.loadDataset().record().firstDay(), today)) {
            if (stops.size() == 3) break;
            if (e.countries().isEmpty() || e.date().uncertain()) continue;
            if (!stops.isEmpty() && stops.get(stops.size() - 1).state().date().equals(e.date().first())) continue;
            Country c = e.countries().get(0);
            stops.add(new Lesson.Stop(base.withDate(e.date().first()).withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, c.iso())),
                    "Stop " + (stops.size() + 1) + ": " + e.title(), c.capital() == null ? null : new Lesson.Pin(c.capital().lat(), c.capital().lon())));
        }
        lesson = new Lesson("Three dates", stops);
        lessonPage = dir.resolve("lesson.html");
        atlas.write(lesson, Language.EN, lessonPage, p -> { }, () -> false);

        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No way out: every host resolves to nothing and every request goes to a closed proxy.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--disable-background-networking",
                "--no-first-run", "--disable-extensions");
        browser = new ChromeDriver(service, options);
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) browser.quit();
    }

    private static void open(Path file) {
        browser.get(file.toUri().toString());
        assertEquals("complete", js("return document.readyState"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static LocalDate shownDay() {
        return LocalDate.ofEpochDay(Long.parseLong(browser.findElement(By.id("slider")).getAttribute("value")));
    }

    /** The stylesheet's colour for a status as the record gives it: the window's token for that class. */
    private static String expectedFill(StatusAt s) {
        String token = switch (s.status()) {
            case MEMBER -> "treaty".equals(s.body().id()) ? "member-treaty" : "member-organization";
            case OBSERVER -> "observer";
            case SUSPENDED -> "suspended";
            case FORMER -> "former";
            default -> null;
        };
        if (token == null) return "transparent";
        String name = "-atlas-fill-" + token + (s.uncertain() ? "-uncertain" : "");
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*([^;]+);").matcher(css);
        String v = null;
        while (m.find()) v = m.group(1).trim();
        return v;
    }

    /** Every country drawn on the map has the fill of its status on the shown day; the table and the legend agree. */
    private static void assertPageShowsTheRecordOn(LocalDate day) {
        StatusSnapshot truth = index.statusOn(day);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) js(
                "return Array.from(document.querySelectorAll('#parties path')).map(p => ({iso: p.getAttribute('data-iso'), fill: p.getAttribute('fill')}))");
        assertFalse(drawn.isEmpty(), "the map draws the record's countries");
        for (Map<String, Object> p : drawn) {
            StatusAt s = truth.of((String) p.get("iso"));
            assertEquals(expectedFill(s), p.get("fill"), p.get("iso") + " on " + day + " is " + s.status());
        }
        // The table and the legend as the page renders them (innerText), read in one call rather than a few per row.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) js(
                "return Array.from(document.querySelectorAll('#rows tr')).map(r => ({iso: r.getAttribute('data-iso'),"
                        + " name: r.querySelector('th').innerText.trim(), status: r.querySelector('td').innerText.trim()}))");
        assertEquals(truth.all().size(), rows.size(), "a row per country of the record");
        for (Map<String, Object> row : rows) {
            StatusAt s = truth.of((String) row.get("iso"));
            String name = (String) row.get("name");
            assertEquals(s.country().name(), name);
            String status = (String) row.get("status");
            assertEquals(s.status() == Status.NONE, status.equals("Not a party"), name + ": " + status + " for " + s.status());
            assertEquals(s.uncertain(), status.contains("exact day is not known"), name + ": " + status);
        }
        // The legend's members (organization and treaty) add up to the record's count of members.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> legend = (List<Map<String, Object>>) js(
                "return Array.from(document.querySelectorAll('#legend li')).map(li => ({style: li.getAttribute('data-style'), text: li.innerText.trim()}))");
        long members = legend.stream().filter(li -> ((String) li.get("style")).startsWith("member"))
                .mapToLong(li -> Long.parseLong(((String) li.get("text")).replaceAll("(?s).*\\((\\d+)\\)$", "$1"))).sum();
        assertEquals(truth.count(Status.MEMBER), members, "members on " + day);
        assertTrue(browser.findElement(By.id("summary")).getText().contains(browser.findElement(By.id("date")).getText()), "the summary names the date");
        // Crimea is hatched as disputed from the day the record dates its annexation, never before.
        LocalDate disputed = index.record().crimeaDisputedFrom().first();
        assertEquals(!day.isBefore(disputed), browser.findElement(By.id("crimea-key")).isDisplayed(), "Crimea's key on " + day);
        assertEquals(!day.isBefore(disputed), !"none".equals(js("return getComputedStyle(document.getElementById('disputes')).display")), "Crimea's hatching on " + day);
    }

    @Test
    void thePageAsksTheNetworkForNothing() {
        open(page);
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "no resource fetched");
        assertEquals(0L, js("return document.querySelectorAll('script[src], link[href], img[src], iframe, object, embed').length"));
        assertTrue(Files.exists(page));
    }

    @Test
    void movingTheSliderRedrawsTheMapTheTableAndTheLegendForThatDate() {
        open(page);
        assertPageShowsTheRecordOn(shownDay());
        WebElement slider = browser.findElement(By.id("slider"));
        int width = slider.getRect().getWidth();
        List<LocalDate> seen = new ArrayList<>();
        for (double at : new double[] {-0.45, -0.2, 0.05, 0.3}) {
            new Actions(browser).moveToElement(slider).clickAndHold().moveByOffset((int) (at * width) - 2, 0).release().perform();
            LocalDate day = shownDay();
            seen.add(day);
            assertPageShowsTheRecordOn(day);
        }
        assertEquals(seen.size(), seen.stream().distinct().count(), "the slider moved to four dates: " + seen);
        // The keyboard moves the slider by a day.
        slider.sendKeys(Keys.ARROW_RIGHT);
        assertEquals(seen.get(seen.size() - 1).plusDays(1), shownDay());
        // Page Down goes to the next event.
        LocalDate before = shownDay();
        slider.sendKeys(Keys.PAGE_DOWN);
        LocalDate next = index.nextEvent(before).map(e -> e.date().first()).orElseThrow();
        assertEquals(next, shownDay());
        assertPageShowsTheRecordOn(next);
    }

    @Test
    void clickingACountryShowsItsHistoryWithItsQuotesAndSources() {
        open(page);
        Country kaz = index.record().country("KAZ").orElseThrow();
        List<Quote> quotes = new ArrayList<>();
        for (StatusPeriod p : index.record().history(kaz)) {
            p.evidence().stream().filter(e -> e instanceof Quote).map(e -> (Quote) e).forEach(quotes::add);
        }
        assumeTrue(!quotes.isEmpty(), "the record quotes a source about Kazakhstan");
        browser.findElement(By.cssSelector("#parties path[data-iso='KAZ']")).click();
        WebElement history = browser.findElement(By.id("history"));
        assertTrue(history.isDisplayed());
        assertEquals("The story of Kazakhstan", browser.findElement(By.id("history-title")).getText());
        assertEquals("history-title", js("return document.activeElement.id"), "the story takes the focus");
        String text = history.getText();
        for (Quote q : quotes) {
            assertTrue(text.contains(q.text().replaceAll("\\s+", " ").trim()), "verbatim: " + q.text());
            assertTrue(text.contains(q.source().title()), "its source's title: " + q.source().title());
            assertFalse(text.contains(q.source().id()), "never the source's file name: " + q.source().id());
        }
        assertEquals(index.record().history(kaz).size(), browser.findElements(By.cssSelector("#periods > li")).size(), "a line per status period");
        // The map outlines the selected country; Escape closes the story.
        assertTrue(browser.findElement(By.cssSelector("#parties path[data-iso='KAZ']")).getAttribute("class").contains("selected"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        assertFalse(history.isDisplayed());
    }

    @Test
    void aLessonStepsStopByStopWithTheKeyboard() {
        open(lessonPage);
        assertTrue(lesson.size() >= 2, "the test lesson has stops to step through");
        for (int i = 0; i < lesson.size(); i++) {
            Lesson.Stop stop = lesson.stop(i);
            assertEquals("Stop " + (i + 1) + " of " + lesson.size(), browser.findElement(By.id("lesson-where")).getText());
            assertEquals(stop.note(Language.EN), browser.findElement(By.id("lesson-note")).getText());
            assertEquals(stop.state().date(), shownDay());
            assertPageShowsTheRecordOn(stop.state().date());
            String iso = stop.state().selection().id();
            assertTrue(browser.findElement(By.cssSelector("#parties path[data-iso='" + iso + "']")).getAttribute("class").contains("selected"), iso);
            assertEquals(stop.pin() != null, !browser.findElements(By.cssSelector("#pins .pin")).isEmpty());
            browser.findElement(By.tagName("body")).sendKeys(Keys.PAGE_DOWN);
        }
        // Past the last stop it stays there; Page Up walks back.
        assertEquals(lesson.stop(lesson.size() - 1).state().date(), shownDay());
        browser.findElement(By.tagName("body")).sendKeys(Keys.PAGE_UP);
        assertEquals(lesson.stop(lesson.size() - 2).state().date(), shownDay());
        // Every control is reached with Tab, and the focused one is drawn with an outline.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        String outline = (String) js("return getComputedStyle(document.activeElement).outlineStyle");
        assertNotEquals("none", outline, "the focus is visible on " + js("return document.activeElement.outerHTML"));
    }

    @Test
    void russianRenamesTheCountriesAndSetsTheLanguageOfThePage() {
        open(page);
        browser.findElement(By.cssSelector("button[data-lang='ru']")).click();
        assertEquals("ru", js("return document.documentElement.lang"));
        for (WebElement row : browser.findElements(By.cssSelector("#rows tr"))) {
            Country c = index.record().country(row.getAttribute("data-iso")).orElseThrow();
            assertEquals(c.nameRu(), row.findElement(By.tagName("th")).getText());
        }
        assertTrue(browser.findElement(By.id("summary")).getText().startsWith("На "), browser.findElement(By.id("summary")).getText());
        browser.findElement(By.cssSelector("button[data-lang='en']")).click();
        assertEquals("en", js("return document.documentElement.lang"));
    }
}
