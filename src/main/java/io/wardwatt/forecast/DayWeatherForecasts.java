package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.Optional;

/** The weather forecast of a site's day in plan slots, for the planner. */
public interface DayWeatherForecasts {

    /**
     * The day's forecast weather, one value per slot of {@code slotMinutes}; empty when some hour of the day has no
     * weather from any source (no provider, no earlier forecast and no typical year imported).
     */
    Optional<DayWeather> forDay(String site, LocalDate date, int slotMinutes);
}
