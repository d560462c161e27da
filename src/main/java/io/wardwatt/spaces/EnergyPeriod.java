package io.wardwatt.spaces;

import io.wardwatt.input.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A whole local day ({@code 2026-03-02}) or month ({@code 2026-03}) of the site, as a balance is judged over. */
public record EnergyPeriod(String label, Instant from, Instant to) {

    /** @throws InvalidInputException naming {@code period} */
    public static EnergyPeriod parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("period", "required: a local day (2026-03-02) or month (2026-03)");
        }
        String t = text.strip();
        try {
            if (t.length() == 7) {
                YearMonth month = YearMonth.parse(t);
                return new EnergyPeriod(month.toString(), month.atDay(1).atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            }
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return new EnergyPeriod(day.toString(), day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
            }
        } catch (DateTimeParseException e) {
            // reported below, with the accepted forms
        }
        throw new InvalidInputException("period", "neither a local day (2026-03-02) nor a local month (2026-03): '" + t + "'");
    }
}
