package io.wardwatt.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One issue of a day's cooling-load forecast for a site: the load per slot over the site's local day.
 *
 * @param id the key (a plan names the issue it used)
 * @param date the site's local day the slots cover, slot 0 starting at local midnight
 * @param loadsKw cooling load per slot, kW thermal, {@code 1440 / slotMinutes} of them
 * @param source who or what made it (a model's name, {@code manual}, ...)
 * @param issuedAt when it was stored; the latest issue of a day is the one plans use
 */
public record DayLoadForecast(long id, String site, LocalDate date, int slotMinutes, List<Double> loadsKw, String source, Instant issuedAt) {

    public DayLoadForecast {
        loadsKw = List.copyOf(loadsKw);
    }

    /** The day's cooling energy, kWh thermal. */
    public double totalKwh() {
        return loadsKw.stream().mapToDouble(Double::doubleValue).sum() * slotMinutes / 60.0;
    }

    public double peakKw() {
        return loadsKw.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
