package io.wardwatt.forecast.history;

import io.wardwatt.input.InputProblem;
import java.time.Instant;
import java.util.List;

/**
 * An hourly history on a gap-free grid of whole UTC hours from {@code start}: hour {@code i} starts at
 * {@code start + i h}. A value that is missing (an empty cell, or an hour with no row at all) is {@code NaN}.
 * Optional columns absent from the file are {@code null}.
 *
 * @param loadKw average load over the hour, kW
 * @param tempC outdoor dry-bulb temperature, °C
 * @param rhPct outdoor relative humidity, %
 * @param visits outpatient visits in the hour, or {@code null} when the file has no {@code visits} column
 * @param solarWm2 global horizontal irradiance, W/m², or {@code null} when the file has no {@code solar_w_m2} column
 * @param report what was read, skipped, merged and missing
 */
public record HourlyHistory(Instant start, double[] loadKw, double[] tempC, double[] rhPct, double[] visits, double[] solarWm2,
        Report report) {

    public int hours() {
        return loadKw.length;
    }

    public Instant hourStart(int index) {
        return start.plusSeconds(3600L * index);
    }

    /** The grid index of an instant on a whole hour, or -1 when it lies outside the history. */
    public int indexOf(Instant hour) {
        long seconds = hour.getEpochSecond() - start.getEpochSecond();
        if (seconds < 0 || seconds % 3600 != 0 || seconds / 3600 >= hours()) {
            return -1;
        }
        return (int) (seconds / 3600);
    }

    /**
     * @param dataRows data lines in the file (after the header)
     * @param skipped rows that could not be used, each with its line, in file order
     * @param duplicateHours rows whose hour (as an instant) an earlier row already gave; the first one is kept
     * @param gapHours hours of the grid with no row at all
     * @param missingLoadHours hours with a row but an empty {@code load_kw}
     * @param missingTempHours hours (with or without a row) with no temperature
     * @param missingRhHours hours (with or without a row) with no humidity
     */
    public record Report(String source, int dataRows, List<InputProblem> skipped, int duplicateHours, List<InputProblem> duplicates,
            int gapHours, int missingLoadHours, int missingTempHours, int missingRhHours) {

        public Report {
            skipped = List.copyOf(skipped);
            duplicates = List.copyOf(duplicates);
        }
    }
}
