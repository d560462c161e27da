package io.wardwatt.forecast.weather;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Places a typical year's rows on one reference year and finds, for any hour, the typical row of the same month, day
 * and hour. The reference year 2001 is not a leap year: 29 February reads 28 February.
 *
 * <p>A row is stored at its true instant in 2001 (local standard time of the file), so the rows of one site span
 * 8,760 consecutive hours that start a few hours before or after 2001 begins in UTC. An hour of another year is moved
 * to 2001 by its UTC calendar fields, which keeps month, day and hour of any fixed offset; the moved instant then lies
 * in the span or exactly one year beside it, so {@link #candidates} names three instants of which one is stored.
 */
public final class TypicalYear {

    public static final int REFERENCE_YEAR = 2001;

    private TypicalYear() {
    }

    /** The instant a typical-year row is stored at. */
    public static Instant referenceHour(EpwRow row, ZoneOffset zone) {
        int day = row.month() == 2 && row.day() == 29 ? 28 : row.day();
        return LocalDateTime.of(REFERENCE_YEAR, row.month(), day, 0, 0).plusHours(row.hour()).toInstant(zone);
    }

    /** The stored instants that may hold the typical row for {@code hour}; exactly one of them does for a full year. */
    public static List<Instant> candidates(Instant hour) {
        LocalDateTime utc = LocalDateTime.ofInstant(hour, ZoneOffset.UTC);
        if (utc.getMonth() == Month.FEBRUARY && utc.getDayOfMonth() == 29) {
            utc = utc.withDayOfMonth(28);
        }
        LocalDateTime moved = utc.withYear(REFERENCE_YEAR);
        return List.of(moved.toInstant(ZoneOffset.UTC), moved.minusYears(1).toInstant(ZoneOffset.UTC),
                moved.plusYears(1).toInstant(ZoneOffset.UTC));
    }
}
