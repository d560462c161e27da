package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.calendar.DayCalendarReader;
import io.wardwatt.forecast.calendar.DayType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyVisitsModelTest {

    private final DayCalendar china = DayCalendarReader.named("cn");

    /** A clinic's law: busy Mondays, quiet weekends, few on holidays, make-up days nearly full, more in winter. */
    private double visits(LocalDate day) {
        DayType type = china.dayType(day);
        double base = switch (type) {
            case HOLIDAY -> 1500;
            case MAKE_UP_WORKING_DAY -> 7000;
            case WEEKEND -> day.getDayOfWeek() == DayOfWeek.SATURDAY ? 3000 : 2000;
            case WORKING_DAY -> day.getDayOfWeek() == DayOfWeek.MONDAY ? 9000 : 8000;
        };
        return base + 600 * Math.cos(2 * Math.PI * day.getDayOfYear() / 365.25);
    }

    private Map<LocalDate, Double> history(LocalDate from, LocalDate to) {
        Map<LocalDate, Double> days = new HashMap<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            days.put(day, visits(day));
        }
        return days;
    }

    @Test
    void holidaysAndMakeUpDaysOfTheChineseCalendarAreForecastFromTheirOwnKind() {
        DailyVisitsModel model = DailyVisitsModel.fit(history(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 9, 1)), china);
        LocalDate makeUpSunday = LocalDate.of(2025, 9, 28);
        LocalDate nationalDay = LocalDate.of(2025, 10, 1);
        LocalDate monday = LocalDate.of(2025, 10, 13);
        assertEquals(visits(makeUpSunday), model.forecast(makeUpSunday), 1.0);
        assertEquals(visits(nationalDay), model.forecast(nationalDay), 1.0);
        assertEquals(visits(monday), model.forecast(monday), 1.0);
        assertEquals(visits(LocalDate.of(2025, 10, 12)), model.forecast(LocalDate.of(2025, 10, 12)), 1.0, "an ordinary Sunday");
    }

    @Test
    void tooShortAHistoryIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DailyVisitsModel.fit(history(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 20)), china));
    }
}
