package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.forecast.SyntheticHistory;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.history.HourlyHistoryReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HorizonForecasterTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    private static final LocalDate ISSUE_DAY = LocalDate.of(2025, 5, 10);

    private static HourlyHistory history(double noiseKw) {
        return HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 75, DayCalendar.NONE, noiseKw, 7), "synthetic");
    }

    /** The same history with every load from {@code from} on unknown, as at an issue that day. */
    private static HourlyHistory knownBefore(HourlyHistory history, Instant from) {
        double[] load = history.loadKw().clone();
        for (int i = Math.max(0, history.indexOf(from)); i < load.length; i++) {
            load[i] = Double.NaN;
        }
        return new HourlyHistory(history.start(), load, history.tempC(), history.rhPct(), history.visits(), history.solarWm2(), history.report());
    }

    private static List<LoadModel> models(HourlyHistory history, int leads) {
        return java.util.stream.IntStream.range(0, leads)
                .mapToObj(lead -> LoadModel.fit(history, ZoneOffset.UTC, DayCalendar.NONE, ISSUE_DAY, 42, lead).orElseThrow()).toList();
    }

    @Test
    void fortyEightHoursFromAnAfternoonIssueAreForecastByTheModelOfEachHoursLead() {
        Instant issue = ISSUE_DAY.atTime(17, 0).toInstant(ZoneOffset.UTC);
        HourlyHistory known = knownBefore(history(0), issue);
        List<ForecastHour> hours = HorizonForecaster.forecast(known, ZoneOffset.UTC, DayCalendar.NONE, models(known, 3), issue, 48);
        assertEquals(48, hours.size());
        assertEquals(issue, hours.get(0).hourStart());
        assertEquals(1, hours.get(0).hoursAhead());
        assertEquals(List.of(0, 1, 2), hours.stream().map(ForecastHour::leadDays).distinct().toList(), "17:00 to 16:00 two days later");
        assertEquals(7, hours.stream().filter(h -> h.leadDays() == 0).count());
        double worst = 0;
        for (ForecastHour hour : hours) {
            worst = Math.max(worst, Math.abs(hour.loadKw() - SyntheticHistory.loadKw(hour.hourStart(), DayCalendar.NONE)));
        }
        assertTrue(worst < 2, "a noiseless law inside the model is forecast within 2 kW at every lead, worst " + worst);
    }

    @Test
    void theSecondDayDoesNotReadTheLoadsOfTheIssuesDay() {
        Instant issue = ISSUE_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        HourlyHistory full = history(3);
        List<LoadModel> models = models(knownBefore(full, issue), 2);
        double[] fromFull = loads(HorizonForecaster.forecast(full, ZoneOffset.UTC, DayCalendar.NONE, models, issue, 48), 24);
        double[] fromKnown = loads(HorizonForecaster.forecast(knownBefore(full, issue), ZoneOffset.UTC, DayCalendar.NONE, models, issue, 48), 24);
        assertArrayEquals(fromKnown, fromFull, 1e-9, "loads measured after the issue are never read");
    }

    @Test
    void aRestoredModelForecastsExactlyAsTheFittedOne() {
        Instant issue = ISSUE_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        HourlyHistory known = knownBefore(history(3), issue);
        LoadModel fitted = LoadModel.fit(known, ZoneOffset.UTC, DayCalendar.NONE, ISSUE_DAY, 42, 0).orElseThrow();
        LoadModel restored = LoadModel.restore(0, fitted.issueHour(), fitted.features(), fitted.coefficients(), fitted.meanLoadKw(),
                fitted.trainingHours(), fitted.correctionFactor(), fitted.correctionHours());
        assertTrue(fitted.fit().orElseThrow().cvrmsePct() < 4, "in-sample fit " + fitted.fit().orElseThrow().cvrmsePct());
        assertEquals(42 * 24, fitted.trainingHours());
        assertArrayEquals(loads(HorizonForecaster.forecast(known, ZoneOffset.UTC, DayCalendar.NONE, List.of(fitted), issue, 24), 0),
                loads(HorizonForecaster.forecast(known, ZoneOffset.UTC, DayCalendar.NONE, List.of(restored), issue, 24), 0));
    }

    @Test
    void aMissingLeadOrAModelOfOtherFeaturesIsRefusedWithTheReason() {
        Instant issue = ISSUE_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        HourlyHistory known = knownBefore(history(0), issue);
        IllegalArgumentException noLead = assertThrows(IllegalArgumentException.class,
                () -> HorizonForecaster.forecast(known, ZoneOffset.UTC, DayCalendar.NONE, models(known, 1), issue, 48));
        assertTrue(noLead.getMessage().contains("no model for lead 1"), noLead.getMessage());
        LoadModel lead0 = models(known, 1).get(0);
        LoadModel other = LoadModel.restore(0, lead0.features().subList(1, lead0.features().size()),
                Arrays.copyOf(lead0.coefficients(), lead0.features().size() - 1), 1, 1);
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> HorizonForecaster.forecast(known, ZoneOffset.UTC, DayCalendar.NONE, List.of(other), issue, 24));
        assertTrue(mismatch.getMessage().contains("train the model again"), mismatch.getMessage());
    }

    @Test
    void tooLittleUsableHistoryFitsNoModel() {
        HourlyHistory short14 = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 14, DayCalendar.NONE, 0, 7), "short");
        assertTrue(LoadModel.fit(short14, ZoneOffset.UTC, DayCalendar.NONE, FIRST.plusDays(14), 56, 0).isEmpty(),
                "13 usable days of a 56-day window");
    }

    private static double[] loads(List<ForecastHour> hours, int from) {
        return hours.subList(from, hours.size()).stream().mapToDouble(ForecastHour::loadKw).toArray();
    }
}
