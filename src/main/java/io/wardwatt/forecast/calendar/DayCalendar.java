package io.wardwatt.forecast.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Public holidays and make-up working days of one country for whole years {@code firstYear..lastYear}; outside
 * those years (and for {@link #NONE}) only the weekend is known.
 *
 * @param holidays each holiday date with its name
 * @param makeUpWorkingDays each make-up working day with its name
 */
public record DayCalendar(String name, int firstYear, int lastYear, Set<DayOfWeek> weekend, Map<LocalDate, String> holidays,
        Map<LocalDate, String> makeUpWorkingDays) {

    /** Saturday and Sunday off, no holidays. */
    public static final DayCalendar NONE = new DayCalendar("none", Integer.MIN_VALUE, Integer.MAX_VALUE,
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of(), Map.of());

    public DayCalendar {
        weekend = Set.copyOf(weekend);
        holidays = Map.copyOf(holidays);
        makeUpWorkingDays = Map.copyOf(makeUpWorkingDays);
    }

    public DayType dayType(LocalDate date) {
        if (holidays.containsKey(date)) {
            return DayType.HOLIDAY;
        }
        if (makeUpWorkingDays.containsKey(date)) {
            return DayType.MAKE_UP_WORKING_DAY;
        }
        return weekend.contains(date.getDayOfWeek()) ? DayType.WEEKEND : DayType.WORKING_DAY;
    }

    /** Whether the calendar lists that date's year (outside it a holiday would pass for a working day). */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }
}
