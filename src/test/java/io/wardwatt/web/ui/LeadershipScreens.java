package io.wardwatt.web.ui;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The leadership page's screenshots for the documentation (docs/screens/leadership-{en,zh-CN}.png, 1440x900), taken
 * from a running service with real data, e.g. a fresh demo after its back-fill:
 * {@code ./mvnw -o test -Dtest=LeadershipScreens -Dwardwatt.screens.url=http://127.0.0.1:8080/}. Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "wardwatt.screens.url", matches = "http.*")
class LeadershipScreens {

    @Test
    void screenshotsOfTheLeadershipPage() throws Exception {
        try (Browser browser = new Browser(new URL(System.getProperty("wardwatt.screens.url")))) {
            for (String language : new String[] {"en", "zh-CN"}) {
                browser.open("/ui/index.html");
                browser.script("localStorage.setItem('wardwatt.language', arguments[0]); return null", language);
                browser.logIn("/ui/index.html", "leader");
                browser.viewport(1440, 900);
                await().atMost(Duration.ofSeconds(60)).until(() -> !"loading".equals(browser.find("#headline").getAttribute("data-state")));
                // the charts' resize and animation
                Thread.sleep(1500);
                browser.screenshot(Path.of("docs", "screens", "leadership-" + language + ".png"));
            }
        }
    }
}
