package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.forecast.calendar.DayCalendarReader;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.history.HourlyHistoryReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The accuracy target on real data a clean clone has: 14 weeks of a Cambridge university building's
 * electricity with Bedford weather (test resource, licence beside it), Easter 2016 bank holidays included.
 */
class RealBuildingBacktestTest {

    @Test
    void aRealBuildingMeetsTheTargetAndBeatsSeasonalNaiveByAThird() throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/forecast/ucam_b21-2016-01-04_2016-04-10.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HourlyHistory history = HourlyHistoryReader.read(csv, "ucam_b21");
        BacktestResult result = DayAheadBacktest.run(history, ZoneId.of("Europe/London"), DayCalendarReader.named("uk"), DayAheadBacktest.DEFAULT_TRAIN_DAYS);
        assertEquals(41, result.days(), "98 days less the first and the last (taken as partial) and the 56 that train the first forecast");
        assertTrue(result.model().cvrmsePct() <= 15, "CV(RMSE) " + result.model().cvrmsePct());
        assertTrue(Math.abs(result.model().nmbePct()) <= 5, "NMBE " + result.model().nmbePct());
        assertTrue(result.improvementVsNaivePct() >= 30, "improvement over seasonal naive " + result.improvementVsNaivePct());
    }
}
