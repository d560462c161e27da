package io.wardwatt.sim.closedloop;

import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;

/** What a day's plan is made from: the day's hourly cooling loads and its weather per slot. */
public record DayInputs(DayLoadForecast load, DayWeather weather) {

    public DayInputs {
        if (load.loadsKw().size() != weather.dryBulbC().size()) {
            throw new IllegalArgumentException("the load has " + load.loadsKw().size() + " slots, the weather " + weather.dryBulbC().size());
        }
    }
}
