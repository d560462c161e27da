package io.wardwatt.forecast.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastBlendTest {

    private static final Instant H1 = Instant.parse("2026-07-21T01:00:00Z");
    private static final Instant H2 = Instant.parse("2026-07-21T02:00:00Z");
    private static final Instant H3 = Instant.parse("2026-07-21T03:00:00Z");
    private static final Instant H4 = Instant.parse("2026-07-21T04:00:00Z");
    private static final Instant OLD_ISSUE = Instant.parse("2026-07-20T12:00:00Z");
    private static final Instant NEW_ISSUE = Instant.parse("2026-07-21T00:30:00Z");

    @Test
    void eachHourTakesTheFirstSourceThatCoversItAndSaysWhichOne() {
        // The newest issue covers H1; only the older one reaches H2; the typical year covers H2 and H3; nothing covers H4.
        Map<Instant, IssuedHour> issued = Map.of(H1, new IssuedHour(new WeatherHour(H1, 30, 70, 0), NEW_ISSUE),
                H2, new IssuedHour(new WeatherHour(H2, 29, 72, 0), OLD_ISSUE));
        Map<Instant, WeatherHour> typical = Map.of(H2, new WeatherHour(H2, 25, 80, 0), H3, new WeatherHour(H3, 24, 81, 0));

        List<ServedHour> live = ForecastBlend.blend(List.of(H1, H2, H3, H4), NEW_ISSUE, issued, typical);
        List<ServedHour> down = ForecastBlend.blend(List.of(H1, H2, H3, H4), null, issued, typical);

        assertEquals(List.of("provider", "fallback-last", "fallback-typical", "none"), live.stream().map(ServedHour::source).toList());
        assertEquals(29.0, live.get(1).temperatureC());
        assertEquals(24.0, live.get(2).temperatureC());
        assertNull(live.get(3).temperatureC());
        assertEquals(List.of("fallback-last", "fallback-last", "fallback-typical", "none"), down.stream().map(ServedHour::source).toList());
        assertEquals(NEW_ISSUE, down.get(0).issuedAt());
    }
}
