package io.wardwatt.goals;

import java.util.List;

/**
 * A year's progress against a site's goals, figures rounded as shown (tce to 3 decimals, kWh to 1, % to 2), so the
 * JSON, the CSV and the PDF show the same numbers. Nulls are figures that cannot be had (no data for the month).
 */
public record ProgressReport(String site, int year, int baselineYear, double floorAreaM2, int beds, String coefficients,
        double baseTemperatureC, List<ModelSummary> models, List<MonthProgress> months, List<TargetProgress> targets, List<String> notes) {

    /**
     * The baseline model of one energy series and whether the progress uses it ({@code regression}) or compares the
     * same months of the baseline year ({@code year-on-year}), with the reason.
     */
    public record ModelSummary(String energy, String unit, String method, String reason, Integer n, Integer p, Double r2,
            Double cvRmsePct, Double nmbePct, Boolean meetsGuideline14, Double intercept, Double perCdd, Double perHdd, Double perVisit,
            List<String> drivers) {
    }

    /** One month of the reporting year beside the same month of the baseline year. */
    public record MonthProgress(String month, boolean partial, Double electricityKwh, Double naturalGasM3, Double steamT, Double heatGj,
            Double tce, Double baselineTce, Double baselineElectricityKwh, Double normalisedBaselineTce, String method, Double savingTce,
            Double savingPct, Double uncertainty68Tce, Double uncertainty90Tce, Double kgcePerM2, Double kgcePerVisit, Double kgcePerBedDay,
            Double baselineKgcePerM2, Double baselineKgcePerVisit, Double baselineKgcePerBedDay, Double cdd, Double hdd, Double visits,
            Double bedDays) {
    }

    /**
     * Year to date against one target: on track when the saving reaches the target's percentage. The uncertainties are
     * Guideline 14's fractional savings uncertainty in percentage points of the normalised baseline (null on a
     * year-on-year basis, which has no model to take them from).
     */
    public record TargetProgress(String metric, String unit, double targetPct, int months, Double actual, Double baseline, String basis,
            Double savingPct, Double uncertainty68Pct, String status, Double uncertainty90Pct) {
    }
}
