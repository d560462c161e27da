package io.wardwatt.forecast.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderAnswerReaderTest {

    private static final ProviderFields OPEN_METEO = new ProviderFields("hourly.time", "hourly.temperature_2m",
            "hourly.relative_humidity_2m", "hourly.shortwave_radiation");

    @Test
    void readsTheOpenMeteoShapeAndSkipsHoursWithMissingValues() {
        String answer = """
                {"latitude":31.2,"hourly":{"time":["2026-07-21T00:00","2026-07-21T01:00","2026-07-21T02:00"],
                 "temperature_2m":[28.1,null,27.5],"relative_humidity_2m":[81,83,85],"shortwave_radiation":[0.0,0.0,12.5]}}""";

        List<WeatherHour> hours = ProviderAnswerReader.read(answer, OPEN_METEO, ZoneOffset.UTC);

        assertEquals(List.of(new WeatherHour(Instant.parse("2026-07-21T00:00:00Z"), 28.1, 81, 0),
                new WeatherHour(Instant.parse("2026-07-21T02:00:00Z"), 27.5, 85, 12.5)), hours);
    }

    @Test
    void anotherShapeIsReadWithOtherPathsAndUnixTimes() {
        String answer = "{\"data\":{\"t\":[1784592000],\"temp\":[30.5],\"rh\":[60],\"ghi\":[700]}}";

        List<WeatherHour> hours = ProviderAnswerReader.read(answer, new ProviderFields("data.t", "data.temp", "data.rh", "data.ghi"),
                ZoneOffset.UTC);

        assertEquals(Instant.ofEpochSecond(1784592000L), hours.get(0).hour());
        assertEquals(700.0, hours.get(0).ghiWm2());
    }

    @Test
    void anAnswerWithoutTheConfiguredSeriesNamesThePath() {
        var error = assertThrows(ProviderAnswerReader.UnreadableAnswer.class,
                () -> ProviderAnswerReader.read("{\"hourly\":{\"time\":[]}}", OPEN_METEO, ZoneOffset.UTC));

        assertEquals("the answer has no array at hourly.temperature_2m", error.getMessage());
    }
}
