package io.wardwatt.web.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: deploy/bench-ui.sh runs it against a service holding a year of 15-minute data
 * ({@code -Dwardwatt.bench.url=http://127.0.0.1:18180}) and it prints how long each page takes in headless Chromium,
 * from navigation until every panel has drawn (the page's body data-ready). Skipped without that property; it
 * asserts nothing about the figures.
 */
class UiPageLoadBenchmark {

    private static final List<String[]> PAGES = List.of(new String[] {"/ui/index.html", "leader"}, new String[] {"/ui/plant.html", "engineer"},
            new String[] {"/ui/ledger.html", "leader"}, new String[] {"/ui/alerts.html", "engineer"});

    /** The point explorer with three of the year's counters: the year by hour (8,760 rows each) and 30 days by 15 minutes. */
    private static List<String[]> explorer() {
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String points = "/ui/points.html?points=HOSP/INC1.KWH,HOSP/CHP.KWH,HOSP/GAS.M3&to=" + to;
        return List.of(new String[] {points + "&from=" + to.minus(Duration.ofDays(365)) + "&resolution=1h", "engineer", "points 1y@1h x3"},
                new String[] {points + "&from=" + to.minus(Duration.ofDays(30)) + "&resolution=15m", "engineer", "points 30d@15m x3"});
    }

    @Test
    void printPageLoadTimes() throws Exception {
        String url = System.getProperty("wardwatt.bench.url");
        assumeTrue(url != null && !url.isBlank(), "run by deploy/bench-ui.sh");
        try (Browser browser = new Browser(URI.create(url).toURL())) {
            List<String[]> pages = new ArrayList<>(PAGES);
            pages.addAll(explorer());
            for (String[] page : pages) {
                browser.logIn(page[0], page[1]); // the first load also warms the browser's cache of the scripts
                List<Long> times = new ArrayList<>();
                for (int run = 0; run < 5; run++) {
                    browser.open(page[0]);
                    browser.awaitReady();
                    times.add(((Number) browser.script("""
                            return Number(document.body.dataset.ready);""")).longValue());
                }
                List<Long> sorted = times.stream().sorted().toList();
                System.out.printf("page %-18s as %-8s ready after %4d ms (median of 5, from navigation start; runs %s)%n",
                        page.length > 2 ? page[2] : page[0], page[1],
                        sorted.get(2), times);
            }
        }
    }
}
