package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the planner finds the cooling-load forecasts: whoever issues them (the REST intake today, the forecasting
 * of issue 5 later) writes them to the same store.
 */
public interface CoolingLoadForecasts {

    /** The latest issue for the site's local day, if any was issued. */
    Optional<DayLoadForecast> latest(String site, LocalDate date);
}
