package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.Optional;

/** The load model's side of the day forecasts: the planner asks for one when a day has none yet. */
public interface ModelDayForecasts {

    /**
     * Issues the planning target's forecast now and returns the day's latest forecast (an engineer's upload stays
     * the latest: the model never replaces it).
     *
     * @return empty when the model cannot forecast the day (no history to train on yet, say); the reason is logged
     */
    Optional<DayLoadForecast> issueFor(String site, LocalDate date);
}
