package io.wardwatt.forecast.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayCalendarReaderTest {

    private final DayCalendar china = DayCalendarReader.named("cn");

    @Test
    void theChineseCalendarCoversTheYearsOfItsNotices() {
        assertEquals(2024, china.firstYear());
        assertEquals(2026, china.lastYear());
        assertTrue(china.covers(LocalDate.of(2024, 1, 1)));
        assertFalse(china.covers(LocalDate.of(2027, 1, 1)), "2027's notice is not in the file yet");
    }

    @Test
    void springFestival2025IsAHolidayIncludingItsWeekdays() {
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2025, 1, 28)));
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2025, 2, 4)), "a Tuesday, 初七");
        assertFalse(china.dayType(LocalDate.of(2025, 2, 4)).isWorking());
        assertEquals(DayType.WORKING_DAY, china.dayType(LocalDate.of(2025, 2, 5)));
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2025, 10, 8)), "National Day and Mid-Autumn, eight days");
    }

    @Test
    void aMakeUpSundayIsAWorkingDay() {
        LocalDate sunday = LocalDate.of(2025, 1, 26);
        assertEquals(DayOfWeek.SUNDAY, sunday.getDayOfWeek());
        assertEquals(DayType.MAKE_UP_WORKING_DAY, china.dayType(sunday));
        assertTrue(china.dayType(sunday).isWorking());
        assertEquals(DayType.WEEKEND, china.dayType(LocalDate.of(2025, 1, 25)), "the Saturday before stays a weekend day");
    }

    @Test
    void everyMakeUpWorkingDayFallsOnAWeekendAndNoHolidayIsWorked() {
        for (DayCalendar calendar : new DayCalendar[] {china, DayCalendarReader.named("uk")}) {
            calendar.makeUpWorkingDays().keySet().forEach(day -> assertTrue(calendar.weekend().contains(day.getDayOfWeek()), day + " is not a weekend day"));
            calendar.holidays().keySet().forEach(day -> assertTrue(calendar.covers(day), day.toString()));
        }
    }

    @Test
    void theEnglishCalendarHasTheSubstituteDays() {
        DayCalendar england = DayCalendarReader.named("uk");
        assertEquals(DayType.HOLIDAY, england.dayType(LocalDate.of(2016, 12, 27)));
        assertEquals(DayType.HOLIDAY, england.dayType(LocalDate.of(2017, 1, 2)));
        assertEquals(DayType.WORKING_DAY, england.dayType(LocalDate.of(2017, 1, 3)));
        assertEquals(40, england.holidays().size(), "8 bank holidays a year, 2014-2018");
    }

    @Test
    void noneKnowsOnlyTheWeekend() {
        assertEquals(DayType.WORKING_DAY, DayCalendar.NONE.dayType(LocalDate.of(2025, 1, 28)));
        assertEquals(DayType.WEEKEND, DayCalendar.NONE.dayType(LocalDate.of(2025, 1, 26)));
    }

    @Test
    void everyProblemOfABadCalendarHasItsLine() {
        String yaml = """
                name: test
                years: {from: 2025, to: 2025}
                holidays:
                  - {date: 2025-13-01, name: bad date}
                  - {from: 2025-12-31, to: 2026-01-01, name: spills over}
                  - {date: 2025-05-01, name: May Day}
                makeUpWorkingDays:
                  - {date: 2025-05-01, name: clash}
                  - {date: 2025-04-27, nam: typo}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DayCalendarReader.read(yaml, "cal.yaml"));
        String message = String.join("\n", e.problems().stream().map(Object::toString).toList());
        assertTrue(message.contains("cal.yaml line 4: holidays[0].date: a date YYYY-MM-DD is required, got '2025-13-01'"), message);
        assertTrue(message.contains("cal.yaml line 5: holidays[1]: 2026-01-01 lies outside the calendar's years 2025..2025"), message);
        assertTrue(message.contains("cal.yaml line 9: makeUpWorkingDays[1].nam: unknown field"), message);
        assertTrue(message.contains("makeUpWorkingDays: 2025-05-01 is also listed as a holiday"), message);
    }
}
