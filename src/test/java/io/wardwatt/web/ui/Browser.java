package io.wardwatt.web.ui;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driving the web UI of the service under test: Debian's chromium and chromedriver (deploy/test.sh
 * installs them), never a browser Selenium Manager would download.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("wardwatt.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("wardwatt.test.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final URL base;

    Browser(URL base) {
        this(base, null);
    }

    /** A browser that saves downloads (a report the page fetches) into {@code downloads} without asking. */
    Browser(URL base, Path downloads) {
        this.base = base;
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        try {
            profile = Files.createTempDirectory("wardwatt-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", "en-GB,en"));
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("download.directory_upgrade", true);
        }
        options.setExperimentalOption("prefs", prefs);
        driver = new ChromeDriver(options);
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves what the viewport shows as a PNG. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page of the UI (path such as /ui/plant.html) and waits until it has drawn every panel. */
    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    void awaitReady() {
        await().atMost(Duration.ofSeconds(30)).until(() -> script("return document.body.dataset.ready || null") != null);
    }

    /** Logs in through the page's own form; the credentials then hold for this tab. */
    void logIn(String path, String user) {
        open(path);
        script("sessionStorage.clear(); return null");
        driver.navigate().refresh();
        await().atMost(Duration.ofSeconds(15)).until(() -> !driver.findElements(By.cssSelector("form#login input[name=username]")).isEmpty());
        driver.findElement(By.cssSelector("form#login input[name=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("form#login input[name=password]")).sendKeys("wardwatt-" + user);
        driver.findElement(By.cssSelector("form#login button[type=submit]")).click();
        awaitReady();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    String panelState(String panel) {
        return driver.findElement(By.id(panel)).getAttribute("data-state");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The series the panel's ECharts instance holds: name and data, read from the chart itself. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> chartSeries(String panel) {
        return (List<Map<String, Object>>) script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#' + arguments[0] + ' .chart'));
                if (!chart) { return null; }
                return chart.getOption().series.map(s => ({name: s.name, data: s.data}));""", panel);
    }

    /** The text of the file the panel's CSV link downloads, byte-order mark included. */
    String csv(String panel) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return (String) asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#' + arguments[0] + ' a.csv').href).then(r => r.arrayBuffer())
                    .then(b => new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)).then(done, e => done('failed: ' + e));""",
                panel);
    }

    /** Sets the page's viewport in CSS pixels (the screenshot tour's 1440x900), kept across navigations. */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Saves the whole page as PNG: the viewport's width and the content's full height (at least the viewport's). */
    void saveFullPage(Path file) {
        Number width = (Number) script("return window.innerWidth");
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight, window.innerHeight)");
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary directory is harmless.
        }
    }
}
