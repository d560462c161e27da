package io.wardwatt.web.ui;

import static io.wardwatt.TestUsers.reporter;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.SiteFixtures;
import io.wardwatt.alerts.AlertMessage;
import io.wardwatt.alerts.AlertSink;
import io.wardwatt.alerts.RaisedAlert;
import io.wardwatt.alerts.Severity;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;

/**
 * The ledger and alerts pages as their users meet them, in both languages: the reporter sees the honest empty state of a
 * hospital with no month closed, closes a finished month from the page and reads the outcome; the engineer is not offered
 * the ledger; the engineer filters the alerts, runs the standby check of a day, and acknowledges an alert with a comment.
 * No message key is ever shown. Saves its screenshots under target/screens.
 */
@QuarkusTest
class LedgerAndAlertsBrowserTest {

    /** A message key of these pages' bundles or an enum's key, as it would show if a bundle lacked it. */
    private static final Pattern RAW_KEY = Pattern.compile("\\b(alerts?|filter|ack|standby|ledger|month|close|outcome|refused|schedule|"
            + "submissions?|state|carbon)\\.[a-zA-Z]");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Inject
    AlertSink alerts;

    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(base);
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        // the screenshots' viewport is 1440 x 900: the window is that much larger than its page area
        long extra = ((Number) browser.script("return window.outerHeight - window.innerHeight")).longValue();
        browser.driver().manage().window().setSize(new Dimension(1440, 900 + (int) extra));
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private void useLanguage(String language) {
        browser.open("/ui/index.html");
        browser.script("localStorage.setItem('wardwatt.language', arguments[0]); return null", language);
    }

    private String pageText() {
        return browser.find("body").getText();
    }

    private void assertNoRawKeys() {
        String text = pageText();
        Matcher raw = RAW_KEY.matcher(text);
        assertFalse(raw.find(), () -> "an untranslated key on the page: " + text.substring(Math.max(0, raw.start() - 40),
                Math.min(text.length(), raw.end() + 40)));
        for (String code : List.of("WARNING", "CRITICAL", "ACKNOWLEDGED", "OPEN")) {
            assertFalse(text.contains(code), "an enum's code on the page: " + code);
        }
    }

    private void screenshot(String name) {
        try {
            Path file = Path.of("target/screens", name + ".png"); // the documentation's come from the screenshot tour
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<WebElement> rows(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    /** 1,234.567 as both en and zh-CN write three decimals. */
    private static String threeDecimals(BigDecimal value) {
        return new DecimalFormat("#,##0.000", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    // --- ledger ----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theReporterSeesNoMonthClosedYetThenClosesAFinishedMonthAndReadsTheOutcome(String language) {
        LedgerFixtures fixtures = new LedgerFixtures(dataSource, rollups);
        LedgerFixtures.Hospital hospital = fixtures.hospital("UILG");
        fixtures.septemberAndOctober(hospital);
        BigDecimal compliance = reporter().get("/api/sites/" + hospital.code() + "/carbon/ledgers/2026-09/preview").then().statusCode(200)
                .extract().jsonPath().getObject("ledger.compliance.totalTco2", BigDecimal.class);
        boolean english = language.equals("en");

        useLanguage(language);
        browser.logIn("/ui/ledger.html?site=" + hospital.code() + "&month=2026-11", "reporter");
        WebElement note = browser.find("#ledger-note");
        assertTrue(note.getAttribute("class").contains("empty-note"), "the empty state is shown as such");
        assertTrue(note.getText().startsWith(english ? "No month closed yet." : "尚无已关账的月份。"), note.getText());
        assertFalse(pageText().contains(english ? "No data for this period" : "该时段无数据"), "no 'no data' where there are months");
        assertEquals(12, rows("#ledger-months tbody tr").size(), "the twelve months up to November 2026");
        assertEquals(12, rows("#ledger-months tbody tr[data-state=open]").size(), "all finished, none closed");
        assertEquals(12, rows("#ledger-months button.close-month").size(), "while none is closed, any finished month may start the ledger");
        assertNoRawKeys();

        browser.find("#ledger-months tr[data-month='2026-09'] button.close-month").click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.find("#close-confirm").isEnabled());
        String dialog = browser.find("#close-dialog").getText();
        assertTrue(dialog.contains(english ? "Close Sep 2026?" : "关闭 2026年9月 的账本？"), dialog);
        assertTrue(dialog.contains(threeDecimals(compliance)), "the preview's compliance figure " + compliance + " in: " + dialog);
        assertTrue(dialog.contains(english ? "starts the ledger there" : "账本从该月开始"), dialog);
        browser.find("#close-confirm").click();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> browser.find("#close-outcome").isDisplayed());
        String outcome = browser.find("#close-outcome").getText();
        assertTrue(outcome.contains(english ? "Sep 2026 is closed: version 1." : "2026年9月 已关账：第 1 版。"), outcome);
        assertTrue(outcome.contains(threeDecimals(compliance)), outcome);
        assertTrue(outcome.contains("reporter"), outcome);
        assertEquals("closed", browser.find("#ledger-months tr[data-month='2026-09']").getAttribute("data-state"));
        assertEquals("beforeChain", browser.find("#ledger-months tr[data-month='2026-08']").getAttribute("data-state"));
        assertEquals(List.of("2026-10"), rows("#ledger-months button.close-month").stream().map(b -> b.getAttribute("data-month")).toList(),
                "only the month after the last closed one");
        assertFalse(browser.find("#ledger-note").getAttribute("class").contains("empty-note"));
        reporter().get("/api/sites/" + hospital.code() + "/carbon/ledgers").then().statusCode(200)
                .body("find { it.month == '2026-09' }.status", org.hamcrest.Matchers.equalTo("closed"));
        assertNoRawKeys();
        screenshot("ledger-" + language);
    }

    @Test
    void theEngineerIsNotOfferedTheLedgerAndALeaderMayNotClose() {
        browser.logIn("/ui/index.html", "engineer");
        assertTrue(rows("header.top nav a[data-page=ledger]").isEmpty(), "no ledger tab for an engineer");
        assertFalse(rows("header.top nav a[data-page=alerts]").isEmpty(), "the alerts tab is there");
        browser.open("/ui/ledger.html");
        // sent where an engineer's work starts
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.driver().getCurrentUrl().endsWith("/ui/plant.html"));

        browser.logIn("/ui/ledger.html", "leader");
        assertTrue(rows("#ledger-months button.close-month").isEmpty(), "a leader may not close a month");
        assertTrue(rows("#ledger-months th").stream().noneMatch(th -> th.getText().equals("Action")), "no action column for a leader");
    }

    // --- alerts ----------------------------------------------------------------------------------------------------

    /** A site with MRI1 in standby 8 h at 24 kW (20 % above its 20 kW standard) on {@code day}, and two alerts raised already. */
    private String alertSite(LocalDate day) {
        SiteFixtures sites = new SiteFixtures(dataSource);
        RawReadingFixtures raw = new RawReadingFixtures(dataSource);
        long id = sites.site("UIAL", "Asia/Shanghai");
        String code = sites.siteCode(id);
        int kw = sites.valuePoint(id, "MRI1.KW", "kW");
        int state = sites.valuePoint(id, "MRI1.STATE", "state");
        Instant start = day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        List<Object> power = new ArrayList<>();
        List<Object> states = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String ts = start.plusSeconds(300L * i).toString();
            power.add(ts);
            power.add(i < 96 ? 24.0 + (i % 2 == 0 ? -0.5 : 0.5) : 75.0);
            states.add(ts);
            states.add(i < 96 ? 1 : 3);
        }
        raw.batch(kw, power.toArray());
        raw.batch(state, states.toArray());
        raw.rollUp(rollups, kw, state);
        Instant monthStart = start.minus(Duration.ofDays(1));
        alerts.raise(new RaisedAlert("meter-imbalance", code, "RAD:electricity", day.minusDays(1).toString(), monthStart, start,
                Severity.CRITICAL, "RAD:electricity: parent RAD.KWH measured 1200.0 kWh, its sub-meters MRI1.KWH 950.0 kWh (-20.8 % of the parent; "
                + "allowance ±3.0 %)", 1200.0, 950.0, null, AlertMessage.of("alert.text.meter-imbalance", "group", "RAD:electricity",
                "parents", "RAD.KWH", "parentTotal", 1200.0, "children", "MRI1.KWH", "childrenTotal", 950.0, "unit", "kWh",
                "deviationPct", -20.8, "allowancePct", 3.0)));
        // raised before alerts carried a message: shown with its stored text
        alerts.raise(new RaisedAlert("plant-control-fault", code, "CH3", start.toString(), start, start.plusSeconds(1), Severity.CRITICAL,
                "CH3 CHWST_SP read back 9.0, written 7.0", null, null, null));
        return code;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theEngineerFiltersRunsTheStandbyCheckAndAcknowledgesWithAComment(String language) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        String site = alertSite(day);
        boolean english = language.equals("en");

        useLanguage(language);
        browser.logIn("/ui/alerts.html?site=" + site, "engineer");
        assertEquals(2, rows("#alert-list tbody tr").size(), "the two open alerts");
        String legacy = browser.find("#alert-list tr[data-status=OPEN] td.what").getText();
        assertTrue(pageText().contains("CH3 CHWST_SP read back 9.0, written 7.0"), "an alert without a message keeps its stored text: " + legacy);
        assertTrue(pageText().contains(english ? "its sub-meters MRI1.KWH 950.0 kWh (-21 % of the parent" : "分表 MRI1.KWH 合计 950.0 kWh（偏差为总表的 -21%"),
                pageText());
        assertNoRawKeys();

        // the standby check of the day, run now
        browser.script("document.querySelector('#standby-form input[name=day]').value = arguments[0]; return null", day.toString());
        browser.find("#standby-run").click();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> browser.find("#standby-outcome").isDisplayed());
        String outcome = browser.find("#standby-outcome").getText();
        assertEquals(english ? day + ": 1 of 1 devices judged, 1 above their standard." : day + "：已判定 1 台设备中的 1 台，1 台超出标准。", outcome);
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> rows("#alert-list tbody tr").size() == 3);
        String standby = browser.find("#alert-list tr td.what").getText();
        assertEquals(english ? "MRI1 drew 24.0 kW in standby against its standard of 20.0 kW (+20 %) for 8.0 h: 32.0 kWh wasted."
                : "MRI1 待机功率 24.0 kW，标准值 20.0 kW（+20%），待机 8.0 小时，浪费电量 32.0 kWh。", standby);
        assertNoRawKeys();

        // filters: severity, then kind, then back
        new Select(browser.find("#alert-filters select[name=severity]")).selectByValue("CRITICAL");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> rows("#alert-list tbody tr").size() == 2);
        new Select(browser.find("#alert-filters select[name=kind]")).selectByValue("meter-imbalance");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> rows("#alert-list tbody tr").size() == 1);
        assertTrue(browser.driver().getCurrentUrl().contains("kind=meter-imbalance"), "the filters are in the address");
        new Select(browser.find("#alert-filters select[name=kind]")).selectByValue("");
        new Select(browser.find("#alert-filters select[name=severity]")).selectByValue("");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> rows("#alert-list tbody tr").size() == 3);
        screenshot("alerts-" + language);

        // acknowledge the standby alert with a comment
        browser.find("#alert-list tr:first-child button.acknowledge").click();
        browser.find("#ack-confirm").click();
        assertEquals(english ? "A comment is required." : "请填写处理意见。", browser.find("#ack-error").getText());
        String comment = english ? "Cold-head compressor left on high; service booked" : "冷头压缩机待机未降频，已联系厂家维保";
        browser.find("#ack-comment").sendKeys(comment);
        browser.find("#ack-confirm").click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> browser.find("#alert-outcome").isDisplayed());
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> rows("#alert-list tbody tr").size() == 2);
        new Select(browser.find("#alert-filters select[name=status]")).selectByValue("acknowledged");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> rows("#alert-list tbody tr[data-status=ACKNOWLEDGED]").size() == 1);
        String acknowledged = browser.find("#alert-list tr[data-status=ACKNOWLEDGED]").getText();
        assertTrue(acknowledged.contains(comment), acknowledged);
        assertTrue(acknowledged.contains("engineer"), acknowledged);
        assertTrue(acknowledged.contains(english ? "Acknowledged" : "已确认"), acknowledged);
        assertTrue(rows("#alert-list button.acknowledge").isEmpty(), "no second acknowledgement offered");
        assertNoRawKeys();
    }

    @Test
    void aLeaderSeesTheAlertsButNoButtonToActOnThem() {
        String site = alertSite(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2));
        useLanguage("en");
        browser.logIn("/ui/alerts.html?site=" + site, "leader");
        assertEquals(2, rows("#alert-list tbody tr").size());
        assertTrue(rows("#alert-list button.acknowledge").isEmpty(), "a leader may not acknowledge");
        assertTrue(rows("#standby-check").isEmpty(), "nor run the standby check");
        assertNoRawKeys();
    }
}
