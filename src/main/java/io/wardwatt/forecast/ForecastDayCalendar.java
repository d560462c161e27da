package io.wardwatt.forecast;

import io.wardwatt.forecast.calendar.DayCalendar;

/**
 * The day calendar the load forecast sorts days by (working or not: weekends, public holidays, make-up working days),
 * for others that must sort days the same way, such as the planner's same-day-type history of the site's electricity.
 */
public interface ForecastDayCalendar {

    DayCalendar calendar();
}
