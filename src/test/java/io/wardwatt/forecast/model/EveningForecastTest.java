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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The evening plan's forecast of tomorrow on a known law whose level moves: the building's level steps at 06:00 on
 * some days and stays, so what the day so far shows holds for tomorrow.
 */
class EveningForecastTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    private static final LocalDate ISSUE_DAY = LocalDate.of(2025, 5, 20);
    private static final Instant ISSUE = ISSUE_DAY.atTime(17, 0).toInstant(ZoneOffset.UTC);
    private static final double SHIFT_KW = 60;
    private static final int TRAIN_DAYS = 56;

    /** The level (kW above the law) in force at an hour: a step at 06:00 every fourth day, and {@link #SHIFT_KW} on the issue day. */
    static double levelKw(Instant hour) {
        Random steps = new Random(11);
        double level = 0;
        Instant issueDayStep = ISSUE_DAY.atTime(6, 0).toInstant(ZoneOffset.UTC);
        for (LocalDate day = FIRST; !day.isAfter(ISSUE_DAY); day = day.plusDays(1)) {
            Instant step = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
            double change = step.equals(issueDayStep) ? SHIFT_KW : (day.toEpochDay() % 4 == 0 ? 30 * steps.nextGaussian() : 0);
            if (!hour.isBefore(step)) {
                level += change;
            }
        }
        return level;
    }

    static double truthKw(Instant hour) {
        return SyntheticHistory.loadKw(hour, DayCalendar.NONE) + levelKw(hour);
    }

    /** From {@link #FIRST} to the first hour after the two days after the issue, with noise of 2 kW. */
    static HourlyHistory history() {
        Random noise = new Random(3);
        StringBuilder csv = new StringBuilder(SyntheticHistory.HEADER).append('\n');
        Instant start = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = ISSUE_DAY.plusDays(3).atTime(1, 0).toInstant(ZoneOffset.UTC);
        for (Instant hour = start; hour.isBefore(end); hour = hour.plusSeconds(3600)) {
            csv.append(hour).append(',').append(String.format(Locale.ROOT, "%.2f", truthKw(hour) + 2 * noise.nextGaussian())).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", SyntheticHistory.temperatureC(hour))).append(",70\n");
        }
        return HourlyHistoryReader.read(csv.toString(), "level steps");
    }

    private static double meanAbsError(List<ForecastHour> hours) {
        return hours.stream().mapToDouble(h -> Math.abs(h.loadKw() - truthKw(h.hourStart()))).average().orElseThrow();
    }

    @Test
    void theEveningForecastRecoversTodaysLevelShiftThatTheMidnightModelMisses() {
        HourlyHistory history = history();
        EveningForecast.Forecast evening = EveningForecast.nextDay(history, ZoneOffset.UTC, DayCalendar.NONE, ISSUE, TRAIN_DAYS).orElseThrow();
        assertEquals(ISSUE_DAY.plusDays(1), evening.day());
        assertEquals(24, evening.hours().size());
        assertEquals(8, evening.hours().get(0).hoursAhead(), "tomorrow's first hour is the 8th after a 17:00 issue");
        assertEquals(17, evening.model().issueHour());
        assertTrue(evening.model().correctionFactor() > 0, "level steps persist, so the window's residuals carry over: φ " + evening.model().correctionFactor());

        // the service's forecast before: the lead-1 model of the day's midnight, reading only complete days
        LoadModel midnight = LoadModel.fit(EveningForecast.knownBefore(history, ISSUE, ISSUE_DAY.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()),
                ZoneOffset.UTC, DayCalendar.NONE, ISSUE_DAY, TRAIN_DAYS, 1).orElseThrow();
        List<ForecastHour> before = HorizonForecaster.forecastDay(history, ZoneOffset.UTC, DayCalendar.NONE, List.of(midnight), ISSUE, ISSUE_DAY.plusDays(1));
        double missed = meanAbsError(before);
        double recovered = meanAbsError(evening.hours());
        assertTrue(missed > 0.5 * SHIFT_KW, "the midnight model cannot know today's step: off by " + missed + " kW");
        assertTrue(recovered < 0.25 * SHIFT_KW && recovered < missed / 2, "the evening forecast reads the day so far: off by " + recovered + " kW (midnight " + missed + ")");
        // the correction carries what the regression alone leaves: without it the same model is further off
        LoadModel uncorrected = LoadModel.restore(1, 17, evening.model().features(), evening.model().coefficients(), evening.model().meanLoadKw(),
                evening.model().trainingHours(), 0, evening.model().correctionHours());
        double withoutCorrection = meanAbsError(HorizonForecaster.forecastDay(history, ZoneOffset.UTC, DayCalendar.NONE, List.of(uncorrected), ISSUE,
                ISSUE_DAY.plusDays(1)));
        assertTrue(recovered < 0.75 * withoutCorrection, "corrected " + recovered + " kW against " + withoutCorrection + " kW uncorrected");
    }

    @Test
    void theLoadsAfterTheIssueAreNotRead() {
        HourlyHistory history = history();
        HourlyHistory known = EveningForecast.knownBefore(history, ISSUE, ISSUE);
        assertEquals(history.hours(), known.hours());
        double[] fromFull = EveningForecast.nextDay(history, ZoneOffset.UTC, DayCalendar.NONE, ISSUE, TRAIN_DAYS).orElseThrow().loadsKw();
        double[] fromKnown = EveningForecast.nextDay(known, ZoneOffset.UTC, DayCalendar.NONE, ISSUE, TRAIN_DAYS).orElseThrow().loadsKw();
        assertArrayEquals(fromFull, fromKnown);
    }

    @Test
    void theServicesHorizonForecastGivesTomorrowTheSameHoursFromTheStoredModels() {
        HourlyHistory history = history();
        EveningForecast.Forecast evening = EveningForecast.nextDay(history, ZoneOffset.UTC, DayCalendar.NONE, ISSUE, TRAIN_DAYS).orElseThrow();
        LoadModel m = evening.model();
        LoadModel stored = LoadModel.restore(m.leadDays(), m.issueHour(), m.features(), m.coefficients(), m.meanLoadKw(), m.trainingHours(),
                m.correctionFactor(), m.correctionHours());
        List<LoadModel> daily = java.util.stream.IntStream.range(0, 3)
                .mapToObj(lead -> LoadModel.fit(history, ZoneOffset.UTC, DayCalendar.NONE, ISSUE_DAY, TRAIN_DAYS, lead).orElseThrow()).toList();
        List<LoadModel> models = new java.util.ArrayList<>(daily);
        models.add(stored);
        HourlyHistory known = EveningForecast.knownBefore(history, ISSUE, ISSUE);
        List<ForecastHour> horizon = HorizonForecaster.forecast(known, ZoneOffset.UTC, DayCalendar.NONE, models, ISSUE, 48);
        double[] tomorrow = horizon.stream().filter(h -> h.leadDays() == 1).mapToDouble(ForecastHour::loadKw).toArray();
        assertArrayEquals(evening.loadsKw(), tomorrow, 1e-9);
        // before the evening hour the midnight model forecasts tomorrow
        Instant noon = ISSUE_DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
        List<ForecastHour> morning = HorizonForecaster.forecast(EveningForecast.knownBefore(history, noon, noon), ZoneOffset.UTC, DayCalendar.NONE,
                daily, noon, 48);
        List<ForecastHour> withEvening = HorizonForecaster.forecast(EveningForecast.knownBefore(history, noon, noon), ZoneOffset.UTC, DayCalendar.NONE,
                models, noon, 48);
        assertArrayEquals(morning.stream().mapToDouble(ForecastHour::loadKw).toArray(), withEvening.stream().mapToDouble(ForecastHour::loadKw).toArray());
    }

    @Test
    void tooShortAHistoryGivesNoForecastAndAHistoryEndingTodayIsRefused() {
        HourlyHistory history = history();
        Instant early = FIRST.plusDays(20).atTime(17, 0).toInstant(ZoneOffset.UTC);
        assertTrue(EveningForecast.nextDay(history, ZoneOffset.UTC, DayCalendar.NONE, early, TRAIN_DAYS).isEmpty());
        Instant last = ISSUE_DAY.plusDays(2).atTime(17, 0).toInstant(ZoneOffset.UTC);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EveningForecast.nextDay(history, ZoneOffset.UTC, DayCalendar.NONE, last, TRAIN_DAYS));
        assertTrue(e.getMessage().contains("must reach the end of " + ISSUE_DAY.plusDays(3)), e.getMessage());
    }
}
