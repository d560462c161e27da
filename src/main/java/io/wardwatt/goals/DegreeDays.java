package io.wardwatt.goals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Degree-days by the daily-mean method: a day's CDD is max(0, mean − base), its HDD max(0, base − mean), the mean
 * being that of the day's hourly temperatures. Hospitals are conditioned all year, so one base (18 °C by default)
 * serves both; a month's degree-days are the sum over its days with weather.
 */
public final class DegreeDays {

    private DegreeDays() {
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
