package io.wardwatt.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpwWeatherTest {

    /** The CSWD file beside the project (licence unclear: read in place, never copied). */
    static final Path SHARED_SHANGHAI = Path.of("../shared/data/weather/CHN_Shanghai.Shanghai.583620_CSWD.epw");

    @Test
    void readsHourlyRowsAndInterpolatesBetweenThem(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("made-up.epw");
        Files.write(file, madeUpYear());

        EpwWeather weather = EpwWeather.read(file);

        // Row 1 (hour 1 of 1 January) holds 10 °C at 01:00; row 2 holds 11 °C at 02:00.
        assertEquals(10.0, weather.at(local(1, 1, 1, 0)).dryBulbC(), 1e-9);
        assertEquals(10.5, weather.at(local(1, 1, 1, 30)).dryBulbC(), 1e-9);
        // Irradiation of hour 13 (12:00-13:00) is 600 Wh/m²: the mean at 12:30.
        assertEquals(600.0, weather.at(local(1, 1, 12, 30)).globalHorizontalWm2(), 1e-9);
        assertEquals(5.0, weather.at(local(1, 1, 1, 0)).dewPointC(), 1e-9);
    }

    @Test
    void aFileWithMissingRowsIsRefused(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("short.epw");
        Files.write(file, madeUpYear().subList(0, 100));

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> EpwWeather.read(file));

        assertEquals(file.toString(), error.problems().get(0).where());
    }

    @Test
    void theShanghaiTypicalYearReadsAsShanghai() {
        assumeTrue(Files.exists(SHARED_SHANGHAI), "the shared weather file is not beside the project");

        EpwWeather weather = EpwWeather.read(SHARED_SHANGHAI);
        double july = 0;
        double january = 0;
        for (int hour = 0; hour < 24 * 31; hour++) {
            july += weather.at(local(7, 1, 0, 0).plusSeconds(3600L * hour)).dryBulbC() / (24 * 31);
            january += weather.at(local(1, 1, 0, 0).plusSeconds(3600L * hour)).dryBulbC() / (24 * 31);
        }

        assertEquals(27.5, july, 0.3);
        assertEquals(4.5, january, 0.3);
    }

    private static Instant local(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute).toInstant(ZoneOffset.ofHours(8));
    }

    private static List<String> madeUpYear() {
        List<String> lines = new ArrayList<>();
        lines.add("LOCATION,Nowhere,,XX,Test,000000,31.0,121.0,8.0,5.0");
        for (int i = 1; i < 8; i++) {
            lines.add("HEADER LINE " + i);
        }
        for (int h = 0; h < 8760; h++) {
            int hourOfDay = h % 24 + 1;
            double temperature = 10 + h % 24;
            double irradiance = hourOfDay == 13 ? 600 : 0;
            lines.add("2005,1,1," + hourOfDay + ",60,x," + temperature + ",5.0,70,101000,0,0,0," + irradiance + ",0,0");
        }
        return lines;
    }
}
