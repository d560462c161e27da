package io.wardwatt.web.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: deploy/screenshots.sh runs it against a running demo service ({@code -Dwardwatt.screens.url=http://127.0.0.1:8080})
 * and it saves every page of the web UI in both languages, logged in as the user the page is for, to
 * {@code docs/screens/<page>-<lang>.png} (1440 px wide, the page's full height). Skipped without that property.
 */
class UiScreenshotTour {

    private record Page(String name, String path, String user) {
    }

    private static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;

    /**
     * The explorer with the chiller plant's electricity, the weather station's outdoor air temperature and the battery's
     * state of charge over the last 7 days (points the demo's back-fill gives a history).
     */
    private static String explorer() {
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS);
        return "/ui/points.html?points=HOSP/CHP.KWH,HOSP/WX.OAT,HOSP/BESS.SOC&from=" + to.minus(Duration.ofDays(7)) + "&to=" + to + "&resolution=1h";
    }

    @Test
    void saveEveryPageInBothLanguages() throws Exception {
        String url = System.getProperty("wardwatt.screens.url");
        assumeTrue(url != null && !url.isBlank(), "run by deploy/screenshots.sh");
        Path dir = Path.of(System.getProperty("wardwatt.screens.dir", "docs/screens"));
        List<Page> pages = List.of(new Page("leadership", "/ui/index.html", "leader"), new Page("plant", "/ui/plant.html", "engineer"),
                new Page("points", explorer(), "engineer"), new Page("ledger", "/ui/ledger.html", "reporter"),
                new Page("alerts", "/ui/alerts.html", "engineer"));
        List<String> failed = new ArrayList<>();
        for (Page page : pages) {
            for (String language : LANGUAGES) {
                Path file = dir.resolve(page.name() + "-" + language + ".png");
                // a page that does not load (a busy machine) is tried once more in a fresh browser, then reported
                for (int attempt = 1; attempt <= 2; attempt++) {
                    try (Browser browser = new Browser(URI.create(url).toURL())) {
                        save(browser, page, language, file);
                        System.out.printf("screen %s as %s: %s%n", page.name(), page.user(), file);
                        break;
                    } catch (RuntimeException e) {
                        System.out.printf("screen %s-%s attempt %d failed: %s%n", page.name(), language, attempt, e.getMessage().lines().findFirst().orElse(""));
                        if (attempt == 2) {
                            failed.add(file.toString());
                        }
                    }
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("not saved: " + failed);
        }
    }

    private static void save(Browser browser, Page page, String language, Path file) {
        browser.viewport(WIDTH, HEIGHT);
        browser.open(page.path());
        browser.script("localStorage.setItem('wardwatt.language', arguments[0]); return null", language);
        browser.logIn(page.path(), page.user());
        // panels that load after the page is drawn (refreshes, second calls) are given time to answer
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> Boolean.TRUE.equals(browser.script("return !document.querySelector('[data-state=loading]')")));
        // charts that animate finish drawing
        await().pollDelay(Duration.ofMillis(1500)).until(() -> true);
        browser.saveFullPage(file);
    }
}
