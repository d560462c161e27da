package io.wardwatt.optimize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plant optimisation's measured savings tallied by day, month and year: per approved plan, conventional
 * sequencing re-run on the measured load and calibrated to the meter (plan against actual) minus what the plant
 * measured, in kWh, CNY (the plan's own prices) and tCO2 (the plan's own carbon intensity). A day is covered when it
 * has an approved plan whose every slot was measured and whose model could be calibrated; any other plan is not
 * covered and adds nothing (its savings are never guessed, nor taken from an uncalibrated model).
 * The share covered is covered days over the days elapsed (days of the period before {@code today}).
 */
public final class SavingsTally {

    /** One approved plan's day against its measurements; {@code totals} null when the comparison failed. */
    public record PlanDay(LocalDate date, PlanAgainstActual.Totals totals) {

        boolean covered() {
            return totals != null && totals.slotsWithoutData() == 0 && totals.slotsWithData() > 0 && totals.calibrationFactor() != null;
        }
    }

    /** Saved = baseline − measured, over covered days only. */
    public record Saved(double baselineKwh, double measuredKwh, double savedKwh, double savedCny, double savedTco2) {

        static final Saved NONE = new Saved(0, 0, 0, 0, 0);

        Saved plus(Saved o) {
            return new Saved(baselineKwh + o.baselineKwh, measuredKwh + o.measuredKwh, savedKwh + o.savedKwh, savedCny + o.savedCny,
                    savedTco2 + o.savedTco2);
        }
    }

    /**
     * {@code covered} false for a day whose approved plan was not measured over every slot or not calibrated (its figures
     * are zero); {@code calibrationFactor} the day's (null when none).
     */
    public record Day(LocalDate date, boolean covered, Saved saved, Double calibrationFactor) {
    }

    /**
     * @param daysElapsed days of the month before today
     * @param sharePercent covered / elapsed, null when no day has elapsed
     * @param cumulativeSavedKwh year to date at the month's end
     */
    public record Month(String month, int daysElapsed, int daysCovered, Double sharePercent, Saved saved, double cumulativeSavedKwh) {
    }

    public record Year(int year, double targetKwh, int daysElapsed, int daysCovered, Double sharePercent, Saved saved, Double targetPercent,
            List<Month> months, List<Day> days) {

        public Year {
            months = List.copyOf(months);
            days = List.copyOf(days);
        }
    }

    private SavingsTally() {
    }

    /**
     * @param plans the approved plans of the year, at most one per day (a later one of a day is ignored)
     * @param today the site's today: days before it have elapsed
     */
    public static Year of(int year, double targetKwh, List<PlanDay> plans, LocalDate today) {
        if (!(targetKwh > 0)) {
            throw new IllegalArgumentException("the yearly target must be > 0 kWh, was " + targetKwh);
        }
        Map<LocalDate, Day> days = new TreeMap<>();
        for (PlanDay plan : plans.stream().sorted(Comparator.comparing(PlanDay::date)).toList()) {
            if (plan.date().getYear() != year || !plan.date().isBefore(today) || days.containsKey(plan.date())) {
                continue;
            }
            days.put(plan.date(), plan.covered() ? new Day(plan.date(), true, saved(plan.totals()), plan.totals().calibrationFactor())
                    : new Day(plan.date(), false, Saved.NONE, plan.totals() == null ? null : plan.totals().calibrationFactor()));
        }
        List<Month> months = new ArrayList<>();
        Saved total = Saved.NONE;
        int elapsedYear = 0;
        int coveredYear = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            int elapsed = elapsed(month, today);
            int covered = 0;
            Saved saved = Saved.NONE;
            for (Day day : days.values()) {
                if (YearMonth.from(day.date()).equals(month) && day.covered()) {
                    covered++;
                    saved = saved.plus(day.saved());
                }
            }
            total = total.plus(saved);
            elapsedYear += elapsed;
            coveredYear += covered;
            months.add(new Month(month.toString(), elapsed, covered, share(covered, elapsed), saved, total.savedKwh()));
        }
        return new Year(year, targetKwh, elapsedYear, coveredYear, share(coveredYear, elapsedYear), total, 100 * total.savedKwh() / targetKwh,
                months, new ArrayList<>(days.values()));
    }

    static Saved saved(PlanAgainstActual.Totals t) {
        return new Saved(t.baselinePlantKwh(), t.measuredPlantKwh(), t.baselinePlantKwh() - t.measuredPlantKwh(), t.measuredSavingCny(),
                (t.baselineCarbonKg() - t.measuredCarbonKg()) / 1000);
    }

    private static int elapsed(YearMonth month, LocalDate today) {
        LocalDate first = month.atDay(1);
        LocalDate end = month.atEndOfMonth().plusDays(1);
        LocalDate until = today.isBefore(end) ? today : end;
        return until.isAfter(first) ? (int) (until.toEpochDay() - first.toEpochDay()) : 0;
    }

    private static Double share(int covered, int elapsed) {
        return elapsed == 0 ? null : 100.0 * covered / elapsed;
    }
}
