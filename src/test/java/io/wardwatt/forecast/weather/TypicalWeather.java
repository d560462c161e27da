package io.wardwatt.forecast.weather;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** What {@link EpwText#typicalYear()} holds for an hour of any year, worked out from the calendar (not by the code under test). */
public final class TypicalWeather {

    private TypicalWeather() {
    }

    /** The made-up typical year's temperature for the hour ending at {@code hour} (UTC+8 standard time). */
    public static double temperature(Instant hour) {
        LocalDateTime local = LocalDateTime.ofInstant(hour, ZoneOffset.ofHours(8));
        // The row ending at local midnight is hour 24 of the day before.
        LocalDate rowDate = local.getHour() == 0 ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        int rowHour = local.getHour() == 0 ? 24 : local.getHour();
        int day = rowDate.getMonthValue() == 2 && rowDate.getDayOfMonth() == 29 ? 28 : rowDate.getDayOfMonth();
        return EpwText.temperature(LocalDate.of(2005, rowDate.getMonthValue(), day).getDayOfYear(), rowHour);
    }
}
