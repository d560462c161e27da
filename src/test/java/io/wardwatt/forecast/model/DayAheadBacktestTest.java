package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.forecast.SyntheticHistory;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.history.HourlyHistoryReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayAheadBacktestTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** Weekday holidays and Saturdays worked in their place, after the first training window. */
    private static DayCalendar holidaysAndMakeUpDays() {
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> makeUp = new HashMap<>();
        for (LocalDate monday = LocalDate.of(2025, 5, 5); monday.isBefore(LocalDate.of(2025, 7, 20)); monday = monday.plusWeeks(2)) {
            holidays.put(monday.plusDays(1), "holiday");
            makeUp.put(monday.plusDays(5), "make-up");
        }
        return new DayCalendar("test", 2025, 2025, WEEKEND, holidays, makeUp, DayCalendar.ProvisionalYears.NONE);
    }

    @Test
    void aNoiselessLawWithinTheModelIsForecastAlmostExactly() {
        HourlyHistory history = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 120, DayCalendar.NONE, 0, 1), "synthetic");
        BacktestResult result = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28);
        assertEquals(120 - 2 - 28, result.days(), "the first and last day are not whole, 28 days train the first forecast");
        assertEquals(result.days() * 24L, result.hours());
        assertTrue(result.model().cvrmsePct() < 0.5, "CV(RMSE) " + result.model().cvrmsePct());
        assertTrue(Math.abs(result.model().nmbePct()) < 0.1, "NMBE " + result.model().nmbePct());
        assertTrue(result.naive().cvrmsePct() > 5, "the weather moves the load, so last week is a worse guess: " + result.naive().cvrmsePct());
        assertEquals(24, result.horizons().size());
    }

    @Test
    void withNoiseTheModelBeatsSeasonalNaiveByMoreThanAThird() {
        HourlyHistory history = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 150, DayCalendar.NONE, 3, 2), "synthetic");
        BacktestResult result = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 56);
        assertTrue(result.model().cvrmsePct() < 4, "noise of 3 kW on about 110 kW: " + result.model().cvrmsePct());
        assertTrue(result.improvementVsNaivePct() > 33, "improvement " + result.improvementVsNaivePct());
    }

    @Test
    void holidaysAndMakeUpWorkingDaysFromTheCalendarAreForecastAsSuch() {
        DayCalendar calendar = holidaysAndMakeUpDays();
        HourlyHistory history = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 150, calendar, 0, 3), "synthetic");
        BacktestResult knowing = DayAheadBacktest.run(history, ZoneOffset.UTC, calendar, 56);
        BacktestResult blind = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 56);
        assertTrue(knowing.model().cvrmsePct() < 0.5, "with the calendar: " + knowing.model().cvrmsePct());
        assertTrue(blind.model().cvrmsePct() > 5, "a holiday taken for a working day and the reverse: " + blind.model().cvrmsePct());
    }

    @Test
    void aScoredDayInAProvisionalYearIsReported() {
        HourlyHistory history = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 60, DayCalendar.NONE, 0, 5), "synthetic");
        DayCalendar provisional2025 = new DayCalendar("test", 2025, 2026, WEEKEND, Map.of(), Map.of(),
                new DayCalendar.ProvisionalYears(2025, 2025, "pending"));
        DayCalendar provisional2026 = new DayCalendar("test", 2025, 2026, WEEKEND, Map.of(), Map.of(),
                new DayCalendar.ProvisionalYears(2026, 2026, "pending"));
        BacktestResult in2025 = DayAheadBacktest.run(history, ZoneOffset.UTC, provisional2025, 28);
        assertTrue(in2025.days() > 0);
        assertTrue(in2025.calendarProvisional(), "every scored day is in 2025");
        assertTrue(in2025.calendarCovers());
        assertFalse(DayAheadBacktest.run(history, ZoneOffset.UTC, provisional2026, 28).calendarProvisional(), "no scored day in 2026");
        assertFalse(DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28).calendarProvisional());
    }

    @Test
    void hoursWithoutLoadAreNeitherTrainedOnNorScoredAndTheirLagsAreReplaced() {
        String csv = SyntheticHistory.csv(FIRST, 80, DayCalendar.NONE, 0, 4);
        StringBuilder withGap = new StringBuilder();
        int removed = 0;
        for (String line : csv.split("\n")) {
            if (line.startsWith("2025-04-20T")) {
                removed++;
                continue;
            }
            withGap.append(line).append('\n');
        }
        HourlyHistory history = HourlyHistoryReader.read(withGap.toString(), "gap");
        assertEquals(24, removed);
        assertEquals(24, history.report().gapHours());
        BacktestResult result = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28);
        assertEquals(24 + 24, result.unscoredHours(), "the day itself, and the day a week later has no naive forecast");
        assertTrue(result.substitutedHours() >= 24, "a week after the gap the week-old load is missing: " + result.substitutedHours());
        assertTrue(result.model().cvrmsePct() < 1, "CV(RMSE) " + result.model().cvrmsePct());
    }

    @Test
    void theSecondDayOfAFortyEightHourForecastIsBacktestedWithItsOwnHoursAhead() {
        HourlyHistory history = HourlyHistoryReader.read(SyntheticHistory.csv(FIRST, 120, DayCalendar.NONE, 3, 5), "synthetic");
        BacktestResult dayAhead = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28, 0);
        BacktestResult dayTwo = DayAheadBacktest.run(history, ZoneOffset.UTC, DayCalendar.NONE, 28, 1);
        assertEquals(1, dayTwo.leadDays());
        assertEquals(dayAhead.days() - 1, dayTwo.days(), "the first day has no issue a day before it with 28 days behind it");
        assertEquals(25, dayTwo.horizons().get(0).hoursAhead());
        assertEquals(48, dayTwo.horizons().get(23).hoursAhead());
        assertTrue(dayTwo.model().cvrmsePct() < 4, "the law holds whatever the lead: " + dayTwo.model().cvrmsePct());
        assertTrue(dayTwo.improvementVsNaivePct() > 33, "improvement " + dayTwo.improvementVsNaivePct());
    }
}
