package io.wardwatt.goals;

import io.wardwatt.goals.ProgressReport.ModelSummary;
import io.wardwatt.goals.ProgressReport.MonthProgress;
import io.wardwatt.goals.ProgressReport.TargetProgress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Computes a year's progress: each month against the same month of the baseline year, and against the baseline model
 * under the month's own degree-days and visits (normalised saving = model − actual) when the model meets Guideline 14;
 * otherwise plain year-on-year, stated. Year to date counts the whole months up to {@code lastWholeMonth}.
 */
public final class GoalProgress {

    /** The energy series a model can be fitted on. */
    enum Series {
        TOTAL_TCE("total-energy-tce", "tce"), ELECTRICITY("electricity", "kWh"), NATURAL_GAS("natural-gas", "m3"), STEAM("steam", "t");

        final String code;
        final String unit;

        Series(String code, String unit) {
            this.code = code;
            this.unit = unit;
        }
    }

    /** Everything a progress needs, read by the service. */
    public record Inputs(SiteGoals goals, int year, double floorAreaM2, TceCoefficients coefficients, double baseTemperatureC,
            Map<YearMonth, MonthEnergy> energy, Map<YearMonth, MonthConditions> conditions, YearMonth lastWholeMonth) {
    }

    private final Inputs in;
    private final Map<Series, BaselineModel.Fit> fits = new EnumMap<>(Series.class);
    private final List<String> notes = new ArrayList<>();

    private GoalProgress(Inputs in) {
        this.in = in;
    }

    public static ProgressReport compute(Inputs in) {
        return new GoalProgress(in).report();
    }

    private ProgressReport report() {
        List<ModelSummary> models = new ArrayList<>();
        models.add(summary(Series.TOTAL_TCE));
        for (Target target : in.goals().targets()) {
            Series series = seriesOf(target.metric());
            if (series != Series.TOTAL_TCE && models.stream().noneMatch(m -> m.energy().equals(series.code))) {
                models.add(summary(series));
            }
        }
        List<MonthProgress> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            month(YearMonth.of(in.year(), m), months);
        }
        List<TargetProgress> targets = in.goals().targets().stream().map(this::target).toList();
        if (in.coefficients().steamGjPerT() == null) {
            notes.add("Steam is raised on site from the natural gas already counted: it is not added to the tce again.");
        }
        return new ProgressReport(in.goals().site(), in.year(), in.goals().baselineYear(), in.floorAreaM2(), in.goals().beds(),
                in.coefficients().source(), in.baseTemperatureC(), models, months, targets, notes);
    }

    private void month(YearMonth month, List<MonthProgress> rows) {
        MonthEnergy now = in.energy().get(month);
        if (now == null) {
            return;
        }
        YearMonth base = month.withYear(in.goals().baselineYear());
        MonthEnergy then = in.energy().get(base);
        MonthConditions conditions = in.conditions().get(month);
        MonthConditions baseConditions = in.conditions().get(base);
        double tce = in.coefficients().tce(now);
        Double baselineTce = then == null ? null : in.coefficients().tce(then);
        BaselineModel model = usable(Series.TOTAL_TCE);
        Double reference = baselineTce;
        String method = "year-on-year";
        Double u68 = null;
        Double u90 = null;
        Double normalised = null;
        if (model != null && conditions != null && conditions.complete()) {
            normalised = model.predict(conditions);
            reference = normalised;
            method = "regression";
            u68 = SavingsUncertainty.absolute(model.statistics(), normalised, 1, 0.68);
            u90 = SavingsUncertainty.absolute(model.statistics(), normalised, 1, 0.90);
        }
        boolean partial = month.isAfter(in.lastWholeMonth());
        if (partial) {
            // a month still running against a whole month (or a whole month's conditions) would show a saving that is not one
            reference = null;
            method = "partial month: saving shown once the month is complete";
            u68 = null;
            u90 = null;
        }
        Double saving = reference == null ? null : reference - tce;
        Double savingPct = reference == null || reference == 0 ? null : saving / reference * 100;
        Double visits = conditions == null || conditions.visitDays() == 0 ? null : conditions.visits();
        Double baseVisits = baseConditions == null || baseConditions.visitDays() == 0 ? null : baseConditions.visits();
        Double bedDays = in.goals().bedDaysOf(month);
        Double baseBedDays = in.goals().bedDaysOf(base);
        rows.add(new MonthProgress(month.toString(), partial, round(now.electricityKwh(), 1),
                round(now.naturalGasM3(), 1), round(now.steamT(), 3), round(now.heatGj(), 3), round(tce, 3), round(baselineTce, 3),
                then == null ? null : round(then.electricityKwh(), 1), round(normalised, 3), method, round(saving, 3), round(savingPct, 2),
                round(u68, 3), round(u90, 3), round(perArea(tce), 4), round(per(tce, visits), 4), round(per(tce, bedDays), 4),
                round(baselineTce == null ? null : perArea(baselineTce), 4), round(per(baselineTce, baseVisits), 4),
                round(per(baselineTce, baseBedDays), 4), conditions == null ? null : round(conditions.cdd(), 1),
                conditions == null ? null : round(conditions.hdd(), 1), visits, bedDays));
    }

    private TargetProgress target(Target target) {
        GoalMetric metric = target.metric();
        Series series = seriesOf(metric);
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(in.year(), m);
            if (!month.isAfter(in.lastWholeMonth()) && in.energy().containsKey(month)
                    && in.energy().containsKey(month.withYear(in.goals().baselineYear()))) {
                months.add(month);
            }
        }
        if (months.isEmpty()) {
            return new TargetProgress(metric.code(), metric.unit(), target.percent(), 0, null, null, null, null, null, "no data", null);
        }
        ToDoubleFunction<MonthEnergy> energy = valueOf(series);
        double actual = 0;
        double baseline = 0;
        double normalised = 0;
        double activity = 0;
        double baseActivity = 0;
        boolean activityKnown = true;
        BaselineModel model = metric == GoalMetric.ENERGY_PER_VISIT || metric == GoalMetric.ENERGY_PER_BED_DAY ? null : usable(series);
        for (YearMonth month : months) {
            YearMonth base = month.withYear(in.goals().baselineYear());
            actual += energy.applyAsDouble(in.energy().get(month));
            baseline += energy.applyAsDouble(in.energy().get(base));
            MonthConditions conditions = in.conditions().get(month);
            if (model != null && conditions != null && conditions.complete()) {
                normalised += model.predict(conditions);
            } else {
                model = null;
            }
            Double a = activity(metric, month);
            Double b = activity(metric, base);
            if (a == null || b == null) {
                activityKnown = false;
            } else {
                activity += a;
                baseActivity += b;
            }
        }
        String basis = model != null ? "regression" : "year-on-year";
        double reference = model != null ? normalised : baseline;
        double scale = 1;
        if (metric == GoalMetric.ENERGY_PER_M2) {
            scale = 1000 / in.floorAreaM2();
        } else if (metric == GoalMetric.ENERGY_PER_VISIT || metric == GoalMetric.ENERGY_PER_BED_DAY) {
            if (!activityKnown || activity == 0 || baseActivity == 0) {
                return new TargetProgress(metric.code(), metric.unit(), target.percent(), months.size(), null, null, basis, null, null,
                        "no data", null);
            }
            actual = actual * 1000 / activity;
            reference = reference * 1000 / baseActivity;
        }
        if (reference == 0) {
            // nothing metered in the baseline (a steam target on a site without a steam meter): no saving can be had
            return new TargetProgress(metric.code(), metric.unit(), target.percent(), months.size(), round(actual * scale, 3), 0.0, basis, null, null,
                    "no data", null);
        }
        double savingPct = (reference - actual) / reference * 100;
        Double u68 = model == null ? null
                : SavingsUncertainty.absolute(model.statistics(), normalised, months.size(), 0.68) / normalised * 100;
        Double u90 = model == null ? null
                : SavingsUncertainty.absolute(model.statistics(), normalised, months.size(), 0.90) / normalised * 100;
        return new TargetProgress(metric.code(), metric.unit(), target.percent(), months.size(), round(actual * scale, 3),
                round(reference * scale, 3), basis, round(savingPct, 2), round(u68, 2), savingPct >= target.percent() ? "on-track" : "off-track",
                round(u90, 2));
    }

    private Double activity(GoalMetric metric, YearMonth month) {
        if (metric == GoalMetric.ENERGY_PER_BED_DAY) {
            return in.goals().bedDaysOf(month);
        }
        MonthConditions conditions = in.conditions().get(month);
        return conditions == null || conditions.visitDays() == 0 ? null : conditions.visits();
    }

    /** The fitted model of a series when it meets Guideline 14, else null (the reason is in its summary). */
    private BaselineModel usable(Series series) {
        BaselineModel.Fit fit = fit(series);
        return fit.model().filter(model -> model.statistics().meetsGuideline14()).orElse(null);
    }

    private BaselineModel.Fit fit(Series series) {
        return fits.computeIfAbsent(series, s -> {
            List<BaselineModel.Point> points = new ArrayList<>();
            ToDoubleFunction<MonthEnergy> energy = valueOf(s);
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(in.goals().baselineYear(), m);
                MonthConditions conditions = in.conditions().get(month);
                MonthEnergy used = in.energy().get(month);
                if (conditions != null && conditions.complete() && used != null) {
                    points.add(new BaselineModel.Point(conditions, energy.applyAsDouble(used)));
                }
            }
            return BaselineModel.fit(points);
        });
    }

    private ModelSummary summary(Series series) {
        BaselineModel.Fit fit = fit(series);
        if (fit.model().isEmpty()) {
            return new ModelSummary(series.code, series.unit, "year-on-year", "no baseline model: " + fit.failure(), null, null, null, null,
                    null, null, null, null, null, null, List.of());
        }
        BaselineModel model = fit.model().get();
        FitStatistics s = model.statistics();
        String reason = s.meetsGuideline14()
                ? "meets ASHRAE Guideline 14 (monthly CV(RMSE) ≤ 15 %, |NMBE| ≤ 5 %): savings are normalised to each month's degree-days and visits"
                : String.format(java.util.Locale.ROOT, "does not meet ASHRAE Guideline 14 (CV(RMSE) %.1f %% > 15 %% or |NMBE| %.2f %% > 5 %%): "
                        + "progress is plain year-on-year", s.cvRmsePct(), s.nmbePct());
        return new ModelSummary(series.code, series.unit, s.meetsGuideline14() ? "regression" : "year-on-year", reason, s.n(), s.p(),
                round(s.r2(), 4), round(s.cvRmsePct(), 2), round(s.nmbePct(), 3), s.meetsGuideline14(), round(model.intercept(), 6),
                round(model.coefficient(BaselineModel.Driver.CDD), 6), round(model.coefficient(BaselineModel.Driver.HDD), 6),
                round(model.coefficient(BaselineModel.Driver.VISITS), 8), model.drivers().stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private ToDoubleFunction<MonthEnergy> valueOf(Series series) {
        return switch (series) {
            case TOTAL_TCE -> in.coefficients()::tce;
            case ELECTRICITY -> MonthEnergy::electricityKwh;
            case NATURAL_GAS -> MonthEnergy::naturalGasM3;
            case STEAM -> MonthEnergy::steamT;
        };
    }

    private static Series seriesOf(GoalMetric metric) {
        return switch (metric) {
            case ELECTRICITY -> Series.ELECTRICITY;
            case NATURAL_GAS -> Series.NATURAL_GAS;
            case STEAM -> Series.STEAM;
            default -> Series.TOTAL_TCE;
        };
    }

    private double perArea(double tce) {
        return tce * 1000 / in.floorAreaM2();
    }

    private static Double per(Double tce, Double activity) {
        return tce == null || activity == null || activity == 0 ? null : tce * 1000 / activity;
    }

    static Double round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
