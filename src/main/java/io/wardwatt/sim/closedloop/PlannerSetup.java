package io.wardwatt.sim.closedloop;

import io.wardwatt.control.ControlLimits;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.replan.DeviationRule;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How Wardwatt plans and controls the simulated hospital: what the service's configuration says (optimize, forecast
 * and control sections), for a loop without the service.
 *
 * @param modelsDir the models directory (wardwatt.optimize.models-dir)
 * @param plantFile the planner's plant file, relative to {@code modelsDir} or absolute (wardwatt.optimize.daily.plant)
 * @param tariffFile the seasonal tariff, relative to {@code modelsDir} (wardwatt.optimize.tariff.file)
 * @param carbonKgPerKwh the grid's carbon intensity the plan weighs electricity with (wardwatt.optimize.carbon.kg-per-kwh)
 * @param solver how long each plan searches
 * @param trainDays the load model's training window (wardwatt.forecast.load.train-days)
 * @param forecastIssue when the evening forecast is issued and the next day planned, local time
 * @param limits plant control's limits (wardwatt.control.*)
 * @param replanRule when the measured load calls for an intraday re-plan; null: no re-planning
 */
public record PlannerSetup(Path modelsDir, String plantFile, String tariffFile, double carbonKgPerKwh, SolverSettings solver, int trainDays,
        LocalTime forecastIssue, ZoneId zone, ControlLimits limits, DeviationRule replanRule) {

    public static final String SITE = "HOSP";

    public PlannerSetup {
        if (trainDays < 14) {
            throw new IllegalArgumentException("the load model trains on at least 14 days, got " + trainDays);
        }
        if (forecastIssue.getMinute() != 0 || forecastIssue.getSecond() != 0) {
            throw new IllegalArgumentException("a forecast is issued on a whole hour, got " + forecastIssue);
        }
    }

    /** The service's defaults: the demo's plant file, the Shanghai tariff, 0.55 kg/kWh, 56 training days, the forecast issued at 17:00. */
    public static PlannerSetup defaults(Path modelsDir, SolverSettings solver) {
        return new PlannerSetup(modelsDir, "plants/demo-hospital.yaml", "tariffs/shanghai-general-commercial-10kv.yaml", 0.55, solver, 56,
                LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"), ControlLimits.DEFAULTS,
                DeviationRule.DEFAULT);
    }

    public PlannerSetup withPlantFile(String file) {
        return new PlannerSetup(modelsDir, file, tariffFile, carbonKgPerKwh, solver, trainDays, forecastIssue, zone, limits, replanRule);
    }

    public PlannerSetup withReplanRule(DeviationRule rule) {
        return new PlannerSetup(modelsDir, plantFile, tariffFile, carbonKgPerKwh, solver, trainDays, forecastIssue, zone, limits, rule);
    }
}
