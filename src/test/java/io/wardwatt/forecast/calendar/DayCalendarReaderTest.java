package io.wardwatt.forecast.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayCalendarReaderTest {

    private final DayCalendar china = DayCalendarReader.named("cn");

    @Test
    void theChineseCalendarCoversItsNoticesAnd2027Provisionally() {
        assertEquals(2024, china.firstYear());
        assertEquals(2027, china.lastYear());
        assertTrue(china.covers(LocalDate.of(2024, 1, 1)));
        assertTrue(china.covers(LocalDate.of(2027, 12, 31)));
        assertFalse(china.covers(LocalDate.of(2028, 1, 1)));
        assertTrue(china.provisional(LocalDate.of(2027, 6, 1)), "2027's notice is not in the file yet");
        assertFalse(china.provisional(LocalDate.of(2026, 6, 1)));
        assertFalse(china.provisional(LocalDate.of(2028, 6, 1)), "outside the years nothing is listed, provisionally or not");
    }

    @Test
    void provisional2027HasTheStatutoryHolidaysOnlyAndNoMakeUpDay() {
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 2, 5)), "除夕, a Friday");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 2, 6)), "正月初一, a Saturday");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 2, 8)), "初三, a Monday");
        assertEquals(DayType.WORKING_DAY, china.dayType(LocalDate.of(2027, 2, 9)), "the substitute for 初一 on a Saturday is the notice's to place");
        assertEquals(DayType.WEEKEND, china.dayType(LocalDate.of(2027, 2, 13)), "a Saturday: no make-up day without the notice");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 4, 5)), "清明");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 5, 2)));
        LocalDate mayThird = LocalDate.of(2027, 5, 3);
        assertEquals(DayOfWeek.MONDAY, mayThird.getDayOfWeek());
        assertEquals(DayType.WORKING_DAY, china.dayType(mayThird), "劳动节 is statutorily 1-2 May");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 6, 9)), "端午");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 9, 15)), "中秋");
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2027, 10, 3)));
        assertEquals(DayType.WORKING_DAY, china.dayType(LocalDate.of(2027, 10, 4)));
        assertEquals(1 + 4 + 1 + 2 + 1 + 1 + 3, china.holidays().keySet().stream().filter(day -> day.getYear() == 2027).count(),
                "the 13 days of article 2 of the 2024 revision");
        assertTrue(china.makeUpWorkingDays().keySet().stream().noneMatch(day -> day.getYear() == 2027));
    }

    @Test
    void a2026MakeUpSaturdayIsStillAWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 2, 14);
        assertEquals(DayOfWeek.SATURDAY, saturday.getDayOfWeek());
        assertEquals(DayType.MAKE_UP_WORKING_DAY, china.dayType(saturday));
        assertEquals(DayType.HOLIDAY, china.dayType(LocalDate.of(2026, 2, 23)), "the Spring Festival's last day, a Monday");
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
        assertFalse(DayCalendar.NONE.provisional(LocalDate.of(2027, 6, 1)));
    }

    @Test
    void aProvisionalRangeInsideTheYearsIsRead() {
        String yaml = """
                name: test
                years: {from: 2025, to: 2027}
                provisional: {from: 2026, to: 2027, note: statutory days only}
                holidays:
                  - {date: 2026-05-01, name: May Day}
                """;
        DayCalendar calendar = DayCalendarReader.read(yaml, "cal.yaml");
        assertEquals(new DayCalendar.ProvisionalYears(2026, 2027, "statutory days only"), calendar.provisionalYears());
        assertFalse(calendar.provisional(LocalDate.of(2025, 12, 31)));
        assertTrue(calendar.provisional(LocalDate.of(2026, 1, 1)));
        assertTrue(calendar.provisional(LocalDate.of(2027, 12, 31)));
        assertTrue(DayCalendarReader.read(yaml.replace("provisional: {from: 2026, to: 2027, note: statutory days only}\n", ""), "cal.yaml")
                .provisionalYears().isEmpty());
    }

    @Test
    void aProvisionalRangeOutsideTheYearsOrWithoutANoteIsRejectedWithItsLine() {
        String outside = """
                name: test
                years: {from: 2025, to: 2026}
                provisional: {from: 2026, to: 2027, note: pending}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DayCalendarReader.read(outside, "cal.yaml"));
        assertEquals(List.of("cal.yaml line 3: provisional: years 2026..2027 lie outside the calendar's years 2025..2026"),
                e.problems().stream().map(Object::toString).toList());
        String noNote = """
                name: test
                years: {from: 2025, to: 2026}
                provisional:
                  from: 2026
                  to: twenty-six
                  nte: pending
                """;
        String message = String.join("\n", assertThrows(InvalidInputException.class, () -> DayCalendarReader.read(noNote, "cal.yaml"))
                .problems().stream().map(Object::toString).toList());
        assertTrue(message.contains("cal.yaml line 4: provisional: a note is required"), message);
        assertTrue(message.contains("cal.yaml line 5: provisional.to: a year is required, got 'twenty-six'"), message);
        assertTrue(message.contains("cal.yaml line 6: provisional.nte: unknown field (from, to, note)"), message);
    }

    @Test
    void aMisspelledTopLevelFieldIsReported() {
        String yaml = """
                name: test
                years: {from: 2025, to: 2026}
                provisonal: {from: 2026, to: 2026, note: pending}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DayCalendarReader.read(yaml, "cal.yaml"));
        assertTrue(e.problems().get(0).toString().startsWith("cal.yaml line 3: provisonal: unknown field"), e.problems().toString());
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
