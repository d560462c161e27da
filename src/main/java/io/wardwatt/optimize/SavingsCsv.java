package io.wardwatt.optimize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's tally as CSV: one row per month, then the year's total (period "year"), the same figures as the JSON (empty
 * cell = null); the target is a column of every row.
 */
public final class SavingsCsv {

    public static final String HEADER = "period,daysElapsed,daysCovered,sharePercent,baselineKwh,measuredKwh,savedKwh,savedCny,savedTco2,"
            + "cumulativeSavedKwh,targetKwh";

    private SavingsCsv() {
    }

    public static String of(SavingsTally.Year year) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (SavingsTally.Month m : year.months()) {
            row(csv, m.month(), m.daysElapsed(), m.daysCovered(), m.sharePercent(), m.saved(), m.cumulativeSavedKwh(), year.targetKwh());
        }
        row(csv, "year", year.daysElapsed(), year.daysCovered(), year.sharePercent(), year.saved(), year.saved().savedKwh(), year.targetKwh());
        return csv.toString();
    }

    private static void row(StringBuilder csv, String period, int elapsed, int covered, Double share, SavingsTally.Saved s, double cumulative,
            double target) {
        List<String> cells = new ArrayList<>();
        cells.add(period);
        cells.add(Integer.toString(elapsed));
        cells.add(Integer.toString(covered));
        cells.add(share == null ? "" : number(share));
        for (double v : new double[] {s.baselineKwh(), s.measuredKwh(), s.savedKwh(), s.savedCny(), s.savedTco2(), cumulative, target}) {
            cells.add(number(v));
        }
        csv.append(String.join(",", cells)).append('\n');
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).toPlainString();
    }
}
