package io.wardwatt.forecast.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypicalYearTest {

    private final Map<Instant, WeatherHour> stored = new HashMap<>();

    TypicalYearTest() {
        EpwFile file = EpwReader.read(EpwText.typicalYear(), "typical.epw");
        for (WeatherHour hour : EpwHours.typical(file)) {
            stored.put(hour.hour(), hour);
        }
    }

    @Test
    void anyHourOfAnyYearFindsExactlyOneRowOfTheSameLocalMonthDayAndHour() {
        // Across a year boundary in UTC+8, a leap day, and an ordinary summer afternoon.
        for (String at : new String[] {"2026-12-31T15:00:00Z", "2026-12-31T16:00:00Z", "2026-12-31T17:00:00Z", "2027-01-01T00:00:00Z",
            "2028-02-29T06:00:00Z", "2028-03-01T06:00:00Z", "2026-07-21T06:00:00Z"}) {
            Instant hour = Instant.parse(at);
            var found = TypicalYear.candidates(hour).stream().filter(stored::containsKey).toList();

            assertEquals(1, found.size(), at);
            assertEquals(TypicalWeather.temperature(hour), stored.get(found.get(0)).temperatureC(), 1e-9, at);
        }
    }
}
