package io.wardwatt.forecast;

import io.wardwatt.forecast.calendar.DayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * An hourly history CSV (UTC) with a known law: on working days (of a given calendar) 100 kW plus 80 kW from 08:00 to 18:00, on other
 * days 60 kW, plus 6 kW per kelvin below 15 °C and 10 kW per kelvin above 18 °C, plus Gaussian noise.
 */
public final class SyntheticHistory {

    public static final String HEADER = "timestamp,load_kw,temp_c,rh_pct";

    private SyntheticHistory() {
    }

    /** Outdoor temperature: a seasonal wave, a daily wave and a day-to-day swing. */
    public static double temperatureC(Instant hour) {
        ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
        double season = 12 - 9 * Math.cos(2 * Math.PI * (t.getDayOfYear() - 20) / 365.0);
        double daily = 4 * Math.sin(2 * Math.PI * (t.getHour() - 9) / 24.0);
        double swing = 4 * Math.sin(t.getDayOfYear() * 1.7);
        return season + daily + swing;
    }

    /** The load the law gives, with the working days of {@code calendar}. */
    public static double loadKw(Instant hour, DayCalendar calendar) {
        ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
        boolean working = calendar.dayType(t.toLocalDate()).isWorking();
        double base = working ? 100 + (t.getHour() >= 8 && t.getHour() < 18 ? 80 : 0) : 60;
        double temp = temperatureC(hour);
        return base + 6 * Math.max(0, 15 - temp) + 10 * Math.max(0, temp - 18);
    }

    /** {@code days} days from {@code first} 00:00Z, one row an hour, noise of standard deviation {@code noiseKw}. */
    public static String csv(LocalDate first, int days, DayCalendar calendar, double noiseKw, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int h = 0; h < days * 24; h++) {
            Instant hour = start.plusSeconds(3600L * h);
            double load = loadKw(hour, calendar) + noiseKw * random.nextGaussian();
            csv.append(hour).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", load)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.1f", temperatureC(hour))).append(",70\n");
        }
        return csv.toString();
    }
}
