package io.wardwatt.web.ui;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

/**
 * The point explorer in headless Chromium, in both languages: an engineer finds a water counter by text and a chilled-water
 * temperature by device, charts them over a day at hourly resolution on two axes, and the chart holds the API's numbers
 * (the counter as consumption per hour), its CSV the same rows with their quality, and the page's address reopens the
 * same chart. A start after the end, a range too long for its resolution and an unknown point are told in words.
 */
@QuarkusTest
class PointExplorerBrowserTest {

    private static final String COUNTER = "HOSP/WATER.M3";
    private static final String VALUE = "HOSP/CHW.SUPPLY_T";
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    /** A message key shown as such: a bundle lacks it. */
    private static final Pattern RAW_KEY = Pattern.compile("\\b(points|quality|state|page|carrier|chart)\\.[A-Za-z0-9_.]+[A-Za-z0-9]\\b");

    @TestHTTPResource("/")
    URL base;

    private Browser browser;

    @BeforeEach
    void start() {
        putInTwoDaysOfReadings();
        browser = new Browser(base);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    /**
     * Two days of 15-minute readings up to now: the counter with every 17th reading estimated and an hour not read, the
     * temperature with every 23rd reading suspect and an hour and a half not read. The values are functions of the time,
     * so a second run sends the same readings (stored once).
     */
    private static void putInTwoDaysOfReadings() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        StringBuilder csv = new StringBuilder("point,ts,value,quality\n");
        for (Instant ts = end.minus(Duration.ofDays(2)); !ts.isAfter(end); ts = ts.plus(Duration.ofMinutes(15))) {
            long quarter = ts.getEpochSecond() / 900;
            if (quarter % 96 < 40 || quarter % 96 > 43) {
                csv.append(COUNTER).append(',').append(ts).append(',').append(quarter * 2.5 % 9_000_000).append(',')
                        .append(quarter % 17 == 0 ? "estimated" : "good").append('\n');
            }
            if (quarter % 96 < 50 || quarter % 96 > 55) {
                csv.append(VALUE).append(',').append(ts).append(',').append(6.5 + Math.sin(quarter / 10.0)).append(',')
                        .append(quarter % 23 == 0 ? "suspect" : "good").append('\n');
            }
        }
        engineer().contentType("text/csv").body(csv.toString()).post("/api/readings").then().statusCode(200);
        String from = end.minus(Duration.ofHours(20)).toString();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<?> buckets = leader().queryParam("point", COUNTER).queryParam("from", from).queryParam("to", end.toString())
                    .queryParam("resolution", "1h").get("/api/series").then().statusCode(200).extract().jsonPath().getList("consumption");
            assertTrue(buckets != null && buckets.size() >= 18, "the counter's last day is rolled up");
        });
    }

    private void logInAs(String language) {
        browser.open("/ui/points.html");
        browser.script("localStorage.setItem('wardwatt.language', arguments[0]); return null", language);
        browser.logIn("/ui/points.html", "engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEngineerChartsTwoPointsOfDifferentUnitsExportsThemAndReopensTheLink(String language) {
        logInAs(language);
        assertEquals("idle", browser.panelState("explorer-chart"), "nothing charted before a point is picked");

        browser.find("#point-search").sendKeys("water.m3");
        tick(COUNTER);
        browser.find("#point-search").clear();
        browser.script("document.getElementById('point-search').dispatchEvent(new Event('input')); return null");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().findElements(By.cssSelector("#point-list input[data-key]")).size() > 3);
        new Select(browser.find("#facet-device")).selectByValue("CHW-BTU");
        tick(VALUE);
        new Select(browser.find("#resolution")).selectByValue("1h");
        awaitChart(Set.of(COUNTER, VALUE), "1h");

        Map<String, String> state = addressState();
        assertEquals(COUNTER + "," + VALUE, state.get("points"));
        Map<String, List<Map<String, Object>>> chart = chartSeries();
        assertEquals(List.of("m3", "°C"), browser.script("return echarts.getInstanceByDom(document.querySelector('#explorer-chart .chart'))"
                + ".getOption().yAxis.map(a => a.name)"), "one y-axis per unit");

        JsonPath counter = series(COUNTER, state);
        JsonPath value = series(VALUE, state);
        Map<Long, Double> consumption = byStart(counter, "consumption", "quantity");
        Map<Long, Double> averages = byStart(value, "values", "avg");
        assertFalse(consumption.isEmpty());
        assertEquals(consumption, plotted(chart.get(COUNTER)), "the counter is drawn as the API's consumption per hour");
        assertEquals(averages, plotted(chart.get(VALUE)), "the temperature as the API's hourly averages");
        assertFlaggedAreTheApis(counter, chart.get(COUNTER + "#flagged"));
        assertFlaggedAreTheApis(value, chart.get(VALUE + "#flagged"));

        assertCsvIsThePlottedRows(Map.of(COUNTER, counter, VALUE, value), consumption, averages);
        assertEquals(2, browser.driver().findElements(By.cssSelector("#explorer-table tr[data-point]")).size());
        assertNoRawKeys();
        screenshot("points-" + language + ".png");

        // the address alone reopens the same chart
        String address = browser.driver().getCurrentUrl();
        browser.open("/ui/index.html");
        browser.awaitReady();
        browser.driver().get(address);
        browser.awaitReady();
        awaitChart(Set.of(COUNTER, VALUE), "1h");
        assertEquals("1h", new Select(browser.find("#resolution")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(consumption, plotted(chartSeries().get(COUNTER)));
        assertEquals(averages, plotted(chartSeries().get(VALUE)));
        assertTrue(browser.find("#point-list input[data-key='" + COUNTER + "']").isSelected(), "the charted point is ticked");

        // raw: the counter as the step from each reading to the next, the temperature as read
        new Select(browser.find("#resolution")).selectByValue("raw");
        awaitChart(Set.of(COUNTER, VALUE), "raw");
        Map<String, String> raw = addressState();
        List<String> ts = series(COUNTER, raw).getList("readings.ts");
        List<Double> readings = series(COUNTER, raw).getList("readings.value", Double.class);
        Map<Long, Double> steps = new TreeMap<>();
        for (int i = 1; i < ts.size(); i++) {
            steps.put(Instant.parse(ts.get(i)).toEpochMilli(), readings.get(i) - readings.get(i - 1));
        }
        assertFalse(steps.isEmpty());
        assertEquals(steps, plotted(chartSeries().get(COUNTER)));
        assertEquals(byStart(series(VALUE, raw), "readings", "value", "ts"), plotted(chartSeries().get(VALUE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void badInputIsToldInWords(String language) {
        logInAs(language);
        boolean english = "en".equals(language);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        browser.open("/ui/points.html?points=" + VALUE + "&from=" + now.minus(Duration.ofDays(1)) + "&to=" + now + "&resolution=1h");
        browser.awaitReady();
        awaitChart(Set.of(VALUE), "1h");

        // the start after the end
        browser.script("""
                const from = document.getElementById('range-from');
                from.value = document.getElementById('range-to').value.replace(/^(\\d{4})/, y => String(Number(y) + 1));
                from.dispatchEvent(new Event('change')); return null""");
        await().atMost(Duration.ofSeconds(10)).until(() -> "invalid".equals(browser.panelState("explorer-chart")));
        assertTrue(browser.find("#range-problem").getText().contains(english ? "must be before the end" : "必须早于结束时间"),
                browser.find("#range-problem").getText());

        // a year at 15 minutes is more than one chart may show
        new Select(browser.find("#resolution")).selectByValue("15m");
        browser.find("button[data-range='1y']").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#range-problem").getText().contains("35,040"));
        assertTrue(browser.find("#range-problem").getText().contains(english ? "coarser resolution" : "更粗的粒度"));
        browser.find("button[data-range='24h']").click();
        awaitChart(Set.of(VALUE), "15m");
        assertEquals("", browser.find("#range-problem").getText());

        // an unknown point
        browser.open("/ui/points.html?points=HOSP/NO.SUCH.POINT&from=" + now.minus(Duration.ofDays(1)) + "&to=" + now + "&resolution=1h");
        browser.awaitReady();
        await().atMost(Duration.ofSeconds(10)).until(() -> "invalid".equals(browser.panelState("explorer-chart")));
        assertTrue(browser.find("#explorer-chart .state").getText().contains(english ? "Unknown point HOSP/NO.SUCH.POINT" : "未知测点 HOSP/NO.SUCH.POINT"),
                browser.find("#explorer-chart .state").getText());
        assertNoRawKeys();
    }

    private void tick(String key) {
        String box = "#point-list input[data-key='" + key + "']";
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> browser.driver().findElements(By.cssSelector("#point-list input[data-key]")).size() <= 3
                        && browser.find(box).isDisplayed());
        // the list may be drawn again while it is clicked (a search answering late): click until the box is ticked
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            if (!browser.find(box).isSelected()) {
                browser.find(box).click();
            }
            return browser.find(box).isSelected();
        });
    }

    /** Waits until the chart shows exactly these points at this resolution. */
    private void awaitChart(Set<String> keys, String resolution) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> "ok".equals(browser.panelState("explorer-chart"))
                && resolution.equals(addressState().get("resolution"))
                && chartSeries().keySet().stream().filter(id -> !id.endsWith("#flagged")).collect(Collectors.toSet()).equals(keys));
    }

    private Map<String, String> addressState() {
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /** The chart's series by id (the point's key; its flagged readings under key#flagged), each a list of {x, y, quality}. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Map<String, Object>>> chartSeries() {
        Map<String, List<Map<String, Object>>> series = (Map<String, List<Map<String, Object>>>) browser.script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#explorer-chart .chart'));
                if (!chart) { return {}; }
                return Object.fromEntries(chart.getOption().series.map(s => [s.id, s.data.map(d => {
                    const v = Array.isArray(d) ? d : d.value;
                    return {x: v[0], y: v[1], quality: d.quality || null};
                })]));""");
        assertNotNull(series);
        return series;
    }

    private static JsonPath series(String key, Map<String, String> state) {
        return leader().config(DECIMALS).queryParam("point", key).queryParam("from", state.get("from")).queryParam("to", state.get("to"))
                .queryParam("resolution", state.get("resolution")).get("/api/series").then().statusCode(200).extract().jsonPath();
    }

    private static Map<Long, Double> byStart(JsonPath series, String list, String field) {
        return byStart(series, list, field, "start");
    }

    private static Map<Long, Double> byStart(JsonPath series, String list, String field, String time) {
        Map<Long, Double> rows = new TreeMap<>();
        List<String> starts = series.getList(list + "." + time);
        List<Double> numbers = series.getList(list + "." + field, Double.class);
        for (int i = 0; i < starts.size(); i++) {
            rows.put(Instant.parse(starts.get(i)).toEpochMilli(), numbers.get(i));
        }
        return rows;
    }

    private static Map<Long, Double> plotted(List<Map<String, Object>> data) {
        assertNotNull(data, "the series is drawn");
        Map<Long, Double> rows = new TreeMap<>();
        data.stream().filter(d -> d.get("y") instanceof Number)
                .forEach(d -> rows.put(((Number) d.get("x")).longValue(), ((Number) d.get("y")).doubleValue()));
        return rows;
    }

    /** The marked readings are those of the API's intervals of lesser quality (not the missing ones), each with its quality. */
    private static void assertFlaggedAreTheApis(JsonPath series, List<Map<String, Object>> flagged) {
        Map<Long, String> expected = new TreeMap<>();
        List<Map<String, Object>> intervals = series.getList("quality");
        List<String> starts = series.getList((series.get("consumption") != null ? "consumption" : "values") + ".start");
        for (String start : starts) {
            long ms = Instant.parse(start).toEpochMilli();
            intervals.stream().filter(i -> !"missing".equals(i.get("quality")))
                    .filter(i -> Instant.parse((String) i.get("start")).toEpochMilli() <= ms && ms < Instant.parse((String) i.get("end")).toEpochMilli())
                    .findFirst().ifPresent(i -> expected.put(ms, (String) i.get("quality")));
        }
        assertFalse(expected.isEmpty(), "the test data has readings of lesser quality in the range");
        Map<Long, String> marked = new TreeMap<>();
        flagged.forEach(d -> marked.put(((Number) d.get("x")).longValue(), (String) d.get("quality")));
        assertEquals(expected, marked);
    }

    /** The CSV: a header naming each point and unit, then per time each point's plotted number and quality. */
    private void assertCsvIsThePlottedRows(Map<String, JsonPath> api, Map<Long, Double> consumption, Map<Long, Double> averages) {
        String text = browser.csv("explorer-chart");
        assertTrue(text.startsWith("\ufeff"), "a byte-order mark for spreadsheet programs");
        List<List<String>> rows = CsvText.rows(text.substring(1));
        List<String> header = rows.get(0);
        assertEquals(5, header.size(), header.toString());
        assertTrue(header.get(1).startsWith(COUNTER) && header.get(1).endsWith("(m3)"), header.get(1));
        assertEquals(COUNTER + " quality", header.get(2));
        assertTrue(header.get(3).startsWith(VALUE) && header.get(3).endsWith("(°C)"), header.get(3));
        Map<Long, Double> counterCsv = new TreeMap<>();
        Map<Long, Double> valueCsv = new TreeMap<>();
        Map<String, Integer> qualities = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            long ms = Instant.parse(row.get(0)).toEpochMilli();
            if (!row.get(1).isEmpty()) {
                counterCsv.put(ms, Double.parseDouble(row.get(1)));
            }
            if (!row.get(3).isEmpty()) {
                valueCsv.put(ms, Double.parseDouble(row.get(3)));
            }
            qualities.merge(row.get(2), 1, Integer::sum);
            qualities.merge(row.get(4), 1, Integer::sum);
            if (row.get(1).isEmpty() && !row.get(2).isEmpty()) {
                assertEquals("missing", row.get(2), "a row without a number is a missing interval: " + row);
            }
        }
        assertEquals(consumption, counterCsv);
        assertEquals(averages, valueCsv);
        assertTrue(qualities.containsKey("estimated") && qualities.containsKey("suspect") && qualities.containsKey("good"), qualities.toString());
        assertTrue(api.get(VALUE).getList("quality.quality").contains("missing") == qualities.containsKey("missing"), qualities.toString());
    }

    private void assertNoRawKeys() {
        String text = browser.find("body").getText();
        assertFalse(RAW_KEY.matcher(text).find(), "a message key is shown: " + RAW_KEY.matcher(text).results().map(r -> r.group()).toList());
        @SuppressWarnings("unchecked")
        List<String> untranslated = (List<String>) browser.script("""
                return [...document.querySelectorAll('[data-i18n]')].filter(e => e.textContent === e.dataset.i18n).map(e => e.dataset.i18n)
                    .concat([...document.querySelectorAll('[data-i18n-placeholder]')].filter(e => e.placeholder === e.dataset.i18nPlaceholder)
                    .map(e => e.dataset.i18nPlaceholder));""");
        assertEquals(List.of(), untranslated);
    }

    private void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name);
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
