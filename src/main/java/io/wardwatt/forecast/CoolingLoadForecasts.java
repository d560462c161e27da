package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the planner finds the cooling-load forecasts: whoever issues them (an engineer's upload through the REST
 * intake, the load model's hourly issues) writes them to the same store.
 */
public interface CoolingLoadForecasts {

    /** The latest issue for the site's local day, if any was issued. */
    Optional<DayLoadForecast> latest(String site, LocalDate date);
}
