package io.wardwatt.web.ui;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The leadership page as the director and an engineer see it, in both languages, over readings from the start of the
 * baseline year (last year) to now: the headline holds the API's figures, says on track or not in words, names no
 * message key, marks the running month as partial, and its PDF button downloads the monthly report.
 */
@QuarkusTest
class LeadershipBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The main meters the headline reads: incomers, the gas meter and the PV counter. */
    private static final List<String> COUNTERS = List.of("HOSP/INC1.KWH", "HOSP/INC2.KWH", "HOSP/PV.KWH", "HOSP/CHP.KWH", "HOSP/CHW.KWH");
    /** A visible text that is a message key, not a message: "goals.title", "headline.status.on-track". */
    private static final Pattern KEY = Pattern.compile("^[a-z]+([.][a-zA-Z-]+)+$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private Browser browser;
    private Path downloads;

    @BeforeEach
    void start() throws IOException {
        putInReadingsSinceTheBaselineYear();
        downloads = Files.createTempDirectory("wardwatt-downloads-");
        browser = new Browser(base, downloads);
        browser.open("/ui/index.html");
        browser.script("localStorage.setItem('wardwatt.language', 'en'); return null");
    }

    @AfterEach
    void stop() throws IOException {
        browser.close();
        try (Stream<Path> files = Files.list(downloads)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(downloads);
    }

    /**
     * A counter reading at each local midnight from 1 January of last year to now. The register is the same function of
     * time as in {@link WebUiBrowserTest} (readings are stored first write wins), so both tests write one curve.
     */
    private static void putInReadingsSinceTheBaselineYear() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        StringBuilder csv = new StringBuilder("point,ts,value\n");
        for (int p = 0; p < COUNTERS.size(); p++) {
            for (LocalDate day = LocalDate.now(ZONE).minusYears(1).withDayOfYear(1); ; day = day.plusDays(1)) {
                Instant ts = day.atStartOfDay(ZONE).toInstant();
                if (ts.isAfter(end)) {
                    break;
                }
                double quarter = (ts.getEpochSecond() / 900) % 1_000_000;
                csv.append(COUNTERS.get(p)).append(',').append(ts).append(',').append(1_000_000 + p * 10_000 + quarter * (50 + p * 10)).append('\n');
            }
        }
        engineer().contentType("text/csv").body(csv.toString()).post("/api/readings").then().statusCode(200);
        String from = LocalDate.now(ZONE).minusYears(1).withDayOfYear(1).toString().substring(0, 7);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<?> months = leader().queryParam("point", "HOSP/INC1.KWH").queryParam("from", from).queryParam("to", end.toString())
                    .queryParam("resolution", "1mo").get("/api/series").then().statusCode(200).extract().jsonPath().getList("consumption");
            assertTrue(months != null && months.size() >= 12, "last year's months rolled up: " + months);
        });
    }

    private JsonPath headline() {
        return leader().config(io.restassured.config.RestAssuredConfig.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE))).queryParam("year", LocalDate.now(ZONE).getYear()).get("/api/sites/HOSP/goals/headline")
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, String> bundle(String language) throws IOException {
        String common = io.wardwatt.TestUsers.anonymous().get("/ui/i18n/" + language + "/common.json").then().statusCode(200).extract().asString();
        String page = io.wardwatt.TestUsers.anonymous().get("/ui/i18n/" + language + "/leadership.json").then().statusCode(200).extract().asString();
        @SuppressWarnings("unchecked")
        Map<String, String> messages = new java.util.HashMap<>(JSON.readValue(common, Map.class));
        @SuppressWarnings("unchecked")
        Map<String, String> own = JSON.readValue(page, Map.class);
        messages.putAll(own);
        return messages;
    }

    @Test
    void theDirectorReadsTheHeadlineInBothLanguagesAndDownloadsTheMonthlyPdf() throws Exception {
        browser.logIn("/ui/index.html", "leader");
        assertPageTellsTheHeadline(bundle("en"));
        if (LocalDate.now(ZONE).getMonthValue() > 1) {
            assertThePdfButtonDownloadsAPdf();
        }
        browser.viewport(1440, 900);
        browser.screenshot(Path.of("target", "screens", "leadership-en.png"));

        new Select(browser.find("#language")).selectByValue("zh-CN");
        await().atMost(Duration.ofSeconds(15)).until(() -> "领导驾驶舱".equals(browser.find("nav a[data-page=leadership]").getText()));
        browser.awaitReady();
        assertPageTellsTheHeadline(bundle("zh-CN"));
        browser.screenshot(Path.of("target", "screens", "leadership-zh-CN.png"));
    }

    @Test
    void anEngineerMayReadTheGoalsToo() throws Exception {
        browser.logIn("/ui/index.html", "engineer");
        await().atMost(Duration.ofSeconds(30)).until(() -> !"loading".equals(browser.find("#headline").getAttribute("data-state")));
        assertEquals("ok", browser.find("#headline").getAttribute("data-state"), browser.find("#headline").getText());
        assertFalse(browser.driver().findElements(By.cssSelector("#headline .headline-card.target")).isEmpty(), "the targets are shown");
        assertEquals("ok", browser.panelState("goals"));

        // the last twelve months: this year's and last year's months on one axis, the running month last
        browser.open("/ui/index.html?period=last12");
        browser.awaitReady();
        @SuppressWarnings("unchecked")
        List<String> axis = (List<String>) browser.script(
                "return echarts.getInstanceByDom(document.querySelector('#energy .chart')).getOption().xAxis[0].data");
        assertEquals(12, axis.size(), axis.toString());
        assertEquals("last12", new Select(browser.find("#period")).getFirstSelectedOption().getAttribute("value"));

        // the baseline year has no progress: said once, in words, not as the API's validation error in two panels
        int baselineYear = leader().get("/api/sites/HOSP/goals").then().statusCode(200).extract().jsonPath().getInt("baselineYear");
        browser.open("/ui/index.html?year=" + baselineYear);
        browser.awaitReady();
        assertEquals("baseline", browser.find("#headline").getAttribute("data-state"));
        String text = (String) browser.script("return document.body.innerText");
        assertFalse(text.contains("Could not load"), text);
        assertFalse(text.contains("a year after the baseline year"), "no raw validation error: " + text);
        assertTrue(browser.find("#headline").getText().contains(baselineYear + " is the baseline year"), browser.find("#headline").getText());
        assertTrue(browser.driver().findElements(By.id("report-pdf")).isEmpty(), "no report of the baseline year");
    }

    private void assertPageTellsTheHeadline(Map<String, String> messages) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !"loading".equals(browser.find("#headline").getAttribute("data-state")));
        assertEquals("ok", browser.find("#headline").getAttribute("data-state"), browser.find("#headline").getText());
        JsonPath api = headline();

        List<Map<String, Object>> targets = api.getList("targets");
        List<WebElement> cards = browser.driver().findElements(By.cssSelector("#headline .headline-card.target"));
        assertEquals(targets.size(), cards.size(), "a card per target");
        for (int i = 0; i < targets.size(); i++) {
            Map<String, Object> target = targets.get(i);
            WebElement card = cards.get(i);
            assertEquals(target.get("metric"), card.getAttribute("data-metric"));
            assertEquals(messages.get("target.metric." + target.get("metric")), card.findElement(By.tagName("h3")).getText(), "the target named in words");
            assertTrue(card.findElement(By.cssSelector(".goal")).getText().contains(String.valueOf(Math.round((Double) number(target.get("targetPct"))))),
                    "the target's percentage: " + card.getText());
            assertEquals(messages.get("headline.status." + target.get("status")), card.findElement(By.cssSelector(".status")).getText().replace("✓ ", "")
                    .replace("✗ ", ""), "on track or not, in words");
            WebElement figure = card.findElement(By.cssSelector(".figure"));
            assertSameNumber(target.get("changePct"), figure.getAttribute("data-change"), "change of " + target.get("metric"));
            assertSameNumber(target.get("uncertainty68Pct"), figure.getAttribute("data-uncertainty"), "uncertainty of " + target.get("metric"));
            if (target.get("uncertainty68Pct") != null) {
                assertTrue(figure.getText().contains("±"), figure.getText());
            }
        }
        assertSameNumber(api.get("carbon.tco2e"), browser.find("[data-figure=carbon] .figure").getAttribute("data-value"), "carbon");
        assertSameNumber(api.get("plantSavings.savedKwh"), browser.find("[data-figure=plant] .figure").getAttribute("data-value"), "plant savings");
        assertSameNumber(api.get("pv.kwh"), browser.find("[data-figure=pv] .figure").getAttribute("data-value"), "PV");
        assertTrue(api.getDouble("pv.kwh") > 0, "the PV counter's readings of this year: " + api.get("pv.kwh"));
        assertSameNumber(api.get("standby.wastedKwh"), browser.find("[data-figure=standby] .figure").getAttribute("data-value"), "standby");

        // the PV chart draws the headline's months, the same figures
        List<Map<String, Object>> pv = browser.chartSeries("pv");
        List<?> bars = (List<?>) pv.get(0).get("data");
        double plotted = bars.stream().mapToDouble(b -> b instanceof Map<?, ?> item ? ((Number) item.get("value")).doubleValue()
                : b instanceof Number n ? n.doubleValue() : 0).sum();
        assertEquals(api.getDouble("pv.kwh"), plotted, 0.5, "PV bars add up to the headline's year to date");

        assertRunningMonthIsPartial(messages);
        assertNoMessageKeyIsShown();
        String updated = messages.get("leadership.updated");
        assertTrue(browser.find("#updated").getText().startsWith(updated.substring(0, updated.indexOf('{')).strip()),
                "the time of the last refresh is shown: " + browser.find("#updated").getText());
    }

    private static Object number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value;
    }

    private static void assertSameNumber(Object api, String shown, String what) {
        if (api == null) {
            assertEquals("", shown, what + " has no figure");
        } else {
            assertEquals(((Number) api).doubleValue(), Double.parseDouble(shown), 1e-9, what);
        }
    }

    /** The running month's bars are items drawn hatched, its column is labelled "month to date", no line reaches it. */
    private void assertRunningMonthIsPartial(Map<String, String> messages) {
        int index = LocalDate.now(ZONE).getMonthValue() - 1;
        @SuppressWarnings("unchecked")
        Map<String, Object> marks = (Map<String, Object>) browser.script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#goals .chart'));
                const series = chart.getOption().series;
                const area = series[0].markArea;
                return { label: area && area.label.formatter, areas: area ? area.data.length : 0,
                         bar: series[0].data[arguments[0]], lines: series.filter(s => s.type === 'line').map(s => s.data[arguments[0]]) };""",
                index);
        assertEquals(messages.get("chart.monthToDate"), marks.get("label"));
        assertEquals(1L, ((Number) marks.get("areas")).longValue(), "one running month marked");
        assertTrue(marks.get("bar") instanceof Map<?, ?> bar && ((Map<?, ?>) bar.get("itemStyle")).get("decal") != null,
                "the running month's bar is hatched: " + marks.get("bar"));
        assertTrue(((List<?>) marks.get("lines")).stream().allMatch(v -> v == null), "no comparison line reaches the running month: " + marks.get("lines"));
        String running = messages.get("headline.running").replace("{month}", "").strip();
        assertTrue(browser.find("#headline .headline-period").getText().contains(running), "the headline says the running month is not compared: "
                + browser.find("#headline .headline-period").getText());
    }

    private void assertNoMessageKeyIsShown() {
        String text = (String) browser.script("return document.body.innerText");
        for (String line : text.split("\n")) {
            for (String token : line.split("[\\s:：,，()（）]+")) {
                assertFalse(KEY.matcher(token.strip()).matches(), "a message key is shown: '" + token + "' in '" + line + "'");
            }
            for (String prefix : List.of("alert.", "goals.", "headline.", "target.metric.", "leadership.", "plantSavings.", "state.")) {
                assertFalse(line.contains(prefix), "a message key is shown: " + line);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> legends = (List<String>) browser.script("""
                return [...document.querySelectorAll('.chart')].map(el => echarts.getInstanceByDom(el)).filter(Boolean)
                    .flatMap(chart => chart.getOption().series.map(s => s.name));""");
        for (String name : legends) {
            assertFalse(KEY.matcher(name.replaceAll(" \\(.*\\)$", "")).matches(), "a series named by its key: " + name);
        }
        @SuppressWarnings("unchecked")
        List<String> legendTypes = (List<String>) browser.script("""
                return [...document.querySelectorAll('.chart')].map(el => echarts.getInstanceByDom(el)).filter(Boolean)
                    .map(chart => chart.getOption().legend[0].type);""");
        assertTrue(legendTypes.stream().noneMatch("scroll"::equals), "no paginated legend hides a series: " + legendTypes);
    }

    private void assertThePdfButtonDownloadsAPdf() throws Exception {
        String month = new Select(browser.find("#report-month")).getFirstSelectedOption().getAttribute("value");
        assertEquals(LocalDate.now(ZONE).minusMonths(1).toString().substring(0, 7), month, "the last whole month first");
        browser.find("#report-pdf").click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.find("#report-state").getAttribute("data-outcome") != null);
        assertEquals("ok", browser.find("#report-state").getAttribute("data-outcome"), browser.find("#report-state").getText());
        Path file = downloads.resolve("HOSP-" + month + "-leadership.pdf");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file) && Files.size(file) > 1000);
        byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(file), 4);
        assertEquals("%PDF", new String(start, StandardCharsets.ISO_8859_1), "the file is a PDF");
    }
}
