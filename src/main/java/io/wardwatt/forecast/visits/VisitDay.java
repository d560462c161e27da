package io.wardwatt.forecast.visits;

import java.time.LocalDate;

/**
 * A day's outpatient visits: the day's own count when the hospital sent one, otherwise the sum of its hours
 * ({@code hours} says how many hours were summed; 0 for a daily count).
 */
public record VisitDay(LocalDate date, long visits, int hours) {
}
