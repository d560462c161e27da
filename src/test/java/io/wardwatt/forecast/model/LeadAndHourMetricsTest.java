package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.forecast.SyntheticHistory;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.history.HourlyHistoryReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The backtest's per-hour-of-day, per-lead and naive figures, and the evening plan's forecast against lead 0. */
class LeadAndHourMetricsTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);

    /** 100 kW every hour, 120 kW on Mondays: the week-naive forecast is exact, the day-naive one 20 kW off on Mondays and Tuesdays. */
    @Test
    void theNaiveForecastsAndTheHoursOfDayHaveTheirKnownErrors() {
        StringBuilder csv = new StringBuilder(SyntheticHistory.HEADER).append('\n');
        for (int h = 0; h < 120 * 24; h++) {
            Instant hour = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600L * h);
            boolean monday = hour.atZone(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.MONDAY;
            csv.append(hour).append(',').append(monday ? 120 : 100).append(",10,70\n");
        }
        HourlyHistory history = HourlyHistoryReader.read(csv.toString(), "weekly step");
        BacktestResult result = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28);
        assertEquals(0, result.naive().cvrmsePct(), 1e-9, "the same hour a week earlier is exact");
        long mondays = 0;
        long tuesdays = 0;
        double sum = 0;
        LocalDate firstScored = FIRST.plusDays(1 + 28);
        for (int d = 0; d < result.days(); d++) {
            DayOfWeek dow = firstScored.plusDays(d).getDayOfWeek();
            mondays += dow == DayOfWeek.MONDAY ? 1 : 0;
            tuesdays += dow == DayOfWeek.TUESDAY ? 1 : 0;
            sum += dow == DayOfWeek.MONDAY ? 120 : 100;
        }
        double mean = sum / result.days();
        double cvrmse = 100 * 20 * Math.sqrt((double) (mondays + tuesdays) / result.days()) / mean;
        double nmbe = 100 * 20.0 * (mondays - tuesdays) / (result.days() * mean);
        assertEquals(cvrmse, result.dayNaive().cvrmsePct(), 1e-9);
        assertEquals(nmbe, result.dayNaive().nmbePct(), 1e-9);
        assertEquals(24, result.hoursOfDay().size());
        long hours = 0;
        for (Guideline14Fit hour : result.hoursOfDay()) {
            assertEquals(result.days(), hour.count(), "every scored day gives each hour of day once");
            assertTrue(hour.cvrmsePct() < 0.5, "a law within the model: " + hour.cvrmsePct());
            hours += hour.count();
        }
        assertEquals(result.hours(), hours);
    }

    /** Each hour's error known: the model forecasts the law, and one hour of the day carries ±5 kW on alternate days. */
    @Test
    void anHourOfDayWithItsOwnNoiseShowsItsOwnError() {
        HourlyHistory clean = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 120, DayCalendar.NONE, 0, 1), "synthetic");
        StringBuilder csv = new StringBuilder(SyntheticHistory.HEADER).append('\n');
        for (int h = 0; h < clean.hours(); h++) {
            Instant hour = clean.hourStart(h);
            int hourOfDay = hour.atZone(ZoneOffset.UTC).getHour();
            long day = hour.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
            double load = clean.loadKw()[h] + (hourOfDay == 14 ? (day % 2 == 0 ? 5 : -5) : 0);
            csv.append(hour).append(',').append(String.format(Locale.ROOT, "%.3f", load)).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", SyntheticHistory.temperatureC(hour))).append(",70\n");
        }
        BacktestResult result = DayAheadBacktest.run(HourlyHistoryReader.read(csv.toString(), "noisy 14 h"), ZoneOffset.UTC, DayCalendar.NONE, 28);
        double worst = 0;
        for (int hour = 0; hour < 24; hour++) {
            if (hour != 14) {
                worst = Math.max(worst, result.hoursOfDay().get(hour).cvrmsePct());
            }
        }
        Guideline14Fit at14 = result.hoursOfDay().get(14);
        double known = 100 * 5 / at14.meanMeasured();
        // the other hours see the noise only through the day's level (1/24 of it) and the recent residuals
        assertTrue(worst < 0.5 * known, "other hours " + worst + " against " + known);
        assertTrue(Math.abs(at14.cvrmsePct() - known) < 0.35 * known, "14 h " + at14.cvrmsePct() + " against the noise's " + known);
    }

    /**
     * The load's level steps at 06:00 on random days and stays: the forecast issued at midnight two days ahead cannot
     * know a step of the day before; the evening's (17:00 the day before) can, and is within 1.1 × lead 0.
     */
    @Test
    void theEveningForecastCatchesAPersistentLevelShiftOfTheDayBefore() {
        HourlyHistory clean = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 150, DayCalendar.NONE, 0.5, 4), "synthetic");
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder(SyntheticHistory.HEADER).append('\n');
        double level = 0;
        for (int h = 0; h < clean.hours(); h++) {
            Instant hour = clean.hourStart(h);
            if (hour.atZone(ZoneOffset.UTC).getHour() == 6 && random.nextDouble() < 0.4) {
                level = Math.max(-30, Math.min(30, level + random.nextGaussian() * 12));
            }
            csv.append(hour).append(',').append(String.format(Locale.ROOT, "%.3f", clean.loadKw()[h] + level)).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", SyntheticHistory.temperatureC(hour))).append(",70\n");
        }
        HourlyHistory history = HourlyHistoryReader.read(csv.toString(), "level shifts");
        BacktestResult lead0 = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28, 0);
        BacktestResult midnightLead1 = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28, 1);
        BacktestResult evening = DayAheadBacktest.runEvening(history, ZoneOffset.UTC, DayCalendar.NONE, 28);
        assertEquals(DayAheadBacktest.EVENING_ISSUE_HOUR, evening.issueHour());
        assertEquals(24 - 17 + 1, evening.horizons().get(0).hoursAhead(), "the day's first hour is the 8th after a 17:00 issue");
        double ratio = evening.model().cvrmsePct() / lead0.model().cvrmsePct();
        assertTrue(ratio <= 1.1, "evening " + evening.model().cvrmsePct() + " against lead 0 " + lead0.model().cvrmsePct());
        assertTrue(evening.model().cvrmsePct() < 0.85 * midnightLead1.model().cvrmsePct(),
                "evening " + evening.model().cvrmsePct() + " against lead 1 from midnight " + midnightLead1.model().cvrmsePct());
    }
}
