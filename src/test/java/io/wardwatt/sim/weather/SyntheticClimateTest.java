package io.wardwatt.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SyntheticClimateTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final SyntheticClimate climate = new SyntheticClimate(ClimateNormals.SHANGHAI, 7);

    @Test
    void monthlyMeanMaximaAndMinimaMatchTheNormalsOverSeveralYears() {
        for (int month = 1; month <= 12; month++) {
            double max = 0;
            double min = 0;
            int days = 0;
            for (int year = 2021; year <= 2026; year++) {
                for (LocalDate day = LocalDate.of(year, month, 1); day.getMonthValue() == month; day = day.plusDays(1)) {
                    double dayMax = -99;
                    double dayMin = 99;
                    for (int hour = 0; hour < 24; hour++) {
                        double t = climate.at(at(day.atTime(hour, 0))).dryBulbC();
                        dayMax = Math.max(dayMax, t);
                        dayMin = Math.min(dayMin, t);
                    }
                    max += dayMax;
                    min += dayMin;
                    days++;
                }
            }
            // Two harmonics' worth of smoothing and passing weather systems leave under 0.8 K.
            assertEquals(ClimateNormals.SHANGHAI.meanDailyMaxC().get(month - 1), max / days, 0.8, "max, month " + month);
            assertEquals(ClimateNormals.SHANGHAI.meanDailyMinC().get(month - 1), min / days, 0.8, "min, month " + month);
        }
    }

    @Test
    void theAnnualGlobalIrradiationIsShanghaisAndTheSunSetsAtNight() {
        double kwhPerM2 = 0;
        for (LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 30); t.getYear() == 2025; t = t.plusHours(1)) {
            kwhPerM2 += climate.at(at(t)).globalHorizontalWm2() / 1000;
        }

        // Typical-year records for Shanghai give about 1,270 kWh/m² a year.
        assertEquals(1_300, kwhPerM2, 130);
        assertEquals(0, climate.at(at(LocalDateTime.of(2025, 6, 21, 23, 0))).globalHorizontalWm2());
        assertEquals(0, climate.at(at(LocalDateTime.of(2025, 12, 21, 6, 0))).globalHorizontalWm2());
        assertTrue(climate.at(at(LocalDateTime.of(2025, 6, 21, 12, 0))).globalHorizontalWm2() > 300);
    }

    @Test
    void daysAreWarmestInTheAfternoonAndRelativeHumidityHighestAtDawn() {
        LocalDate day = LocalDate.of(2025, 8, 12);
        OutdoorConditions dawn = climate.at(at(day.atTime(5, 0)));
        OutdoorConditions afternoon = climate.at(at(day.atTime(14, 30)));

        assertTrue(afternoon.dryBulbC() > dawn.dryBulbC() + 4, afternoon + " vs " + dawn);
        assertTrue(dawn.relativeHumidityPercent() > afternoon.relativeHumidityPercent());
        for (int hour = 0; hour < 24; hour++) {
            OutdoorConditions c = climate.at(at(day.atTime(hour, 0)));
            assertTrue(c.relativeHumidityPercent() <= 100 && c.wetBulbC() <= c.dryBulbC() && c.dewPointC() <= c.wetBulbC() + 1e-6, c.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameWeatherAndAnotherSeedOther() {
        Instant t = at(LocalDateTime.of(2025, 7, 3, 15, 0));

        assertEquals(climate.at(t), new SyntheticClimate(ClimateNormals.SHANGHAI, 7).at(t));
        assertNotEquals(climate.at(t).dryBulbC(), new SyntheticClimate(ClimateNormals.SHANGHAI, 8).at(t).dryBulbC());
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }
}
