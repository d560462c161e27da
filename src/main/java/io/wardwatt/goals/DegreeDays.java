package io.wardwatt.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Degree-days by the daily-mean method: a day's CDD is max(0, mean − base), its HDD max(0, base − mean), the mean
 * being that of the day's hourly temperatures. Hospitals are conditioned all year, so one base (18 °C by default)
 * serves both; a month's degree-days are the sum over its days with weather.
 */
public final class DegreeDays {

    /**
     * Hours a local day needs from the site's own station for its mean to stand: a short gap in the readings leaves the
     * mean nearly unbiased, a day measured only in the afternoon would not be.
     */
    public static final int MIN_STATION_HOURS = 20;

    private DegreeDays() {
    }

    /** The mean of each local day's hourly means (keyed by hour start), for days with at least {@link #MIN_STATION_HOURS}. */
    public static Map<LocalDate, Double> dailyMeans(Map<Instant, Double> hourlyC, ZoneId zone) {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        hourlyC.forEach((hour, t) -> {
            double[] s = sums.computeIfAbsent(LocalDate.ofInstant(hour, zone), d -> new double[2]);
            s[0] += t;
            s[1]++;
        });
        Map<LocalDate, Double> means = new TreeMap<>();
        sums.forEach((day, s) -> {
            if (s[1] >= MIN_STATION_HOURS) {
                means.put(day, s[0] / s[1]);
            }
        });
        return means;
    }

    /**
     * The site's station where it measured the day, another source (EPW history) for the other days: the station
     * measured the weather the building actually had.
     */
    public static Map<LocalDate, Double> stationFirst(Map<LocalDate, Double> station, Map<LocalDate, Double> other) {
        Map<LocalDate, Double> days = new TreeMap<>(other);
        days.putAll(station);
        return days;
    }

    /** Per month: {cdd, hdd, days with a mean}. */
    public static Map<YearMonth, double[]> monthly(Map<LocalDate, Double> dailyMeanC, double baseC) {
        Map<YearMonth, double[]> months = new TreeMap<>();
        dailyMeanC.forEach((day, mean) -> {
            double[] sums = months.computeIfAbsent(YearMonth.from(day), m -> new double[3]);
            sums[0] += Math.max(0, mean - baseC);
            sums[1] += Math.max(0, baseC - mean);
            sums[2]++;
        });
        return months;
    }
}
