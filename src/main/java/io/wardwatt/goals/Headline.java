package io.wardwatt.goals;

import java.util.List;

/**
 * The leadership page's headline for a year, the same figures on the page and in the monthly PDF: each target year to
 * date with its uncertainty, carbon against the same months of the year before, the plant optimisation's measured
 * savings, PV generation and the standby energy wasted. Year to date counts the whole months up to {@code through}; the
 * running month ({@code runningMonth}, null once the year is over) is never compared. A figure that cannot be had is
 * null with a {@code note} saying why.
 */
public record Headline(String site, int year, int baselineYear, String through, String runningMonth, List<TargetLine> targets,
        CarbonLine carbon, PlantLine plantSavings, GenerationLine pv, StandbyLine standby) {

    public Headline {
        targets = List.copyOf(targets);
    }

    /**
     * One target year to date: energy changed by {@code changePct} (negative: less) against the reference, ± the
     * fractional savings uncertainty at 68 % and 90 % (percentage points), normalised to {@code normalisedTo} (drivers of
     * the baseline model: {@code weather}, {@code visits}) when the basis is {@code regression}.
     *
     * @param status {@code on-track}, {@code off-track} or {@code no-data}
     */
    public record TargetLine(String metric, String unit, double targetPct, Double changePct, Double savingPct, Double uncertainty68Pct,
            Double uncertainty90Pct, String basis, List<String> normalisedTo, int months, Double actual, Double reference, String status) {

        public TargetLine {
            normalisedTo = List.copyOf(normalisedTo);
        }
    }

    /**
     * The site's emissions (GHG Protocol scope 1 + location-based scope 2, tCO2e) over {@code months} of the year against
     * the same months of the year before; months that could not be computed in either year are left out of both.
     */
    public record CarbonLine(Double tco2e, Double previousYearTco2e, Double changePct, List<String> months, List<String> missing, String note) {

        public CarbonLine {
            months = List.copyOf(months);
            missing = List.copyOf(missing);
        }
    }

    /** The plant optimisation's measured savings of the year (the calibrated tally of {@code /plant-savings}). */
    public record PlantLine(double savedKwh, double targetKwh, double savedCny, double savedTco2, int daysCovered, int daysElapsed) {
    }

    /** On-site generation of the year to date, every month including the running one (marked {@code partial}). */
    public record GenerationLine(Double kwh, List<String> points, List<MonthKwh> months, String note) {

        public GenerationLine {
            points = List.copyOf(points);
            months = List.copyOf(months);
        }
    }

    public record MonthKwh(String month, double kwh, boolean partial) {
    }

    /** Standby energy wasted this year as the standby watch judged it: the kWh of its standby-excess alerts, cleared ones left out. */
    public record StandbyLine(double wastedKwh, int alerts, int devices, String note) {
    }
}
