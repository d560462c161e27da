package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.calendar.DayCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A made-up hospital whose loads follow a law inside the load model, so a forecast can be checked against it
 * hour by hour: cooling 2,000 kW + 150 kW/K above 18 °C (+ 40 kW/K more in occupied hours of working days)
 * + 800 kW in working-day hours 08–18; electricity 3,000 kW + 60 kW/K above 18 °C + 500 kW in working-day
 * hours 08–18, split 60/40 over two incomers. Working days are those of the given calendar, in Shanghai time.
 */
final class SiteLoadLaw {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DayCalendar calendar;

    SiteLoadLaw(DayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The station's outdoor temperature over the hour starting at {@code hour}: 5 to 35 °C, a different day each day. */
    static double stationTemperatureC(Instant hour) {
        long h = hour.getEpochSecond() / 3600;
        return 20 + 15 * Math.sin(2 * Math.PI * (h % 24) / 24.0 + (h / 24) * 0.7);
    }

    double coolingKw(Instant hour, double temperatureC) {
        return 2000 + 150 * Math.max(0, temperatureC - 18) + (occupied(hour) ? 800 + 40 * Math.max(0, temperatureC - 18) : 0);
    }

    double electricityKw(Instant hour, double temperatureC) {
        return 3000 + 60 * Math.max(0, temperatureC - 18) + (occupied(hour) ? 500 : 0);
    }

    private boolean occupied(Instant hour) {
        ZonedDateTime local = hour.atZone(ZONE);
        return calendar.dayType(local.toLocalDate()).isWorking() && local.getHour() >= 8 && local.getHour() < 18;
    }
}
