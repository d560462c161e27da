package io.wardwatt.forecast.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Public holidays and make-up working days of one country for whole years {@code firstYear..lastYear}; outside
 * those years (and for {@link #NONE}) only the weekend is known. Some of those years may be provisional: listed
 * from the statutory rules before the announcement that fixes them.
 *
 * @param holidays each holiday date with its name
 * @param makeUpWorkingDays each make-up working day with its name
 * @param provisionalYears the years listed from the rules only, {@link ProvisionalYears#NONE} when every year is final
 */
public record DayCalendar(String name, int firstYear, int lastYear, Set<DayOfWeek> weekend, Map<LocalDate, String> holidays,
        Map<LocalDate, String> makeUpWorkingDays, ProvisionalYears provisionalYears) {

    /** Saturday and Sunday off, no holidays. */
    public static final DayCalendar NONE = new DayCalendar("none", Integer.MIN_VALUE, Integer.MAX_VALUE,
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of(), Map.of(), ProvisionalYears.NONE);

    public DayCalendar {
        weekend = Set.copyOf(weekend);
        holidays = Map.copyOf(holidays);
        makeUpWorkingDays = Map.copyOf(makeUpWorkingDays);
        if (!provisionalYears.isEmpty() && (provisionalYears.from() < firstYear || provisionalYears.to() > lastYear)) {
            throw new IllegalArgumentException("provisional years " + provisionalYears.from() + ".." + provisionalYears.to()
                    + " lie outside the calendar's years " + firstYear + ".." + lastYear);
        }
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

    /**
     * Whether that date's year is listed provisionally: its statutory holidays are known, but the days the
     * announcement adds (bridges, substitutes for a holiday on a weekend) pass for working days, and its make-up
     * working days for weekend days.
     */
    public boolean provisional(LocalDate date) {
        return provisionalYears.contains(date.getYear());
    }

    /**
     * Years {@code from..to} whose days are the statutory rules only, pending the announcement; empty when
     * {@code from > to}.
     *
     * @param note why they are provisional and what will replace them
     */
    public record ProvisionalYears(int from, int to, String note) {

        /** No provisional year. */
        public static final ProvisionalYears NONE = new ProvisionalYears(1, 0, "");

        public boolean isEmpty() {
            return from > to;
        }

        public boolean contains(int year) {
            return year >= from && year <= to;
        }
    }
}
