package io.wardwatt.forecast.runtime;

import io.quarkus.runtime.Startup;
import io.wardwatt.forecast.ForecastDayCalendar;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.calendar.DayCalendarReader;
import io.wardwatt.forecast.runtime.load.LoadForecastConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The day calendar of holidays and make-up working days that the visits and load forecasts share
 * ({@code wardwatt.forecast.load.calendar}: {@code none}, {@code cn}, {@code uk} or a calendar file), read once.
 */
@Startup
@ApplicationScoped
public class ForecastCalendar implements ForecastDayCalendar {

    @Inject
    LoadForecastConfig config;

    private DayCalendar calendar;

    /** Read at start-up (the bean is {@link Startup}): an unknown calendar or a bad calendar file stops the start. */
    @PostConstruct
    void read() {
        try {
            calendar = DayCalendarReader.named(config.calendar());
        } catch (RuntimeException e) {
            throw new IllegalStateException("wardwatt.forecast.load.calendar=" + config.calendar() + " (none, cn, uk or a calendar file): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public DayCalendar calendar() {
        return calendar;
    }
}
