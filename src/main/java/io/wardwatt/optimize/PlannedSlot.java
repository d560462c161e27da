package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One slot of a plan (or of the conventional baseline).
 *
 * @param powerKw chillers plus pumps plus tower fans, kW electric
 * @param binding the rules that held this slot away from its own cheapest choice, e.g.
 *        {@code spare capacity (N+1)}, {@code minimum run time CH2}, {@code set-point upper limit},
 *        {@code minimum condenser-entering CH3}, {@code tower cells at full speed}, {@code dehumidification (dew point 22.1 °C)}
 * @param dryBulbC outdoor dry bulb, °C (null without weather)
 * @param wetBulbC outdoor wet bulb, °C (null without weather)
 * @param condenserSetpointC condenser water entering the chillers, °C: the towers' set-point the plan chose (or,
 *        in the baseline, the water its fixed set-point gives: warmer when full fan speed cannot reach it), or the
 *        scenario's given water; null when no chiller runs
 * @param towerCells tower cells running (0 without towers)
 * @param towerFanSpeedFraction the fans' speed while they run, fraction of full speed
 * @param towerPowerKw the tower fans' power, kW (0 without towers)
 */
public record PlannedSlot(int index, LocalDateTime start, String tariffPeriod, double loadKw, double supplySetpointC, double powerKw,
        double chillerPowerKw, double pumpPowerKw, double costCny, double carbonKg, List<ChillerDispatch> chillers, List<PumpState> pumps,
        List<String> binding, Double dryBulbC, Double wetBulbC, Double condenserSetpointC, int towerCells, double towerFanSpeedFraction,
        double towerPowerKw) {

    public PlannedSlot {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
        binding = List.copyOf(binding);
    }

    /** A slot without weather and towers. */
    public PlannedSlot(int index, LocalDateTime start, String tariffPeriod, double loadKw, double supplySetpointC, double powerKw,
            double chillerPowerKw, double pumpPowerKw, double costCny, double carbonKg, List<ChillerDispatch> chillers, List<PumpState> pumps,
            List<String> binding) {
        this(index, start, tariffPeriod, loadKw, supplySetpointC, powerKw, chillerPowerKw, pumpPowerKw, costCny, carbonKg, chillers, pumps,
                binding, null, null, null, 0, 0, 0);
    }

    /** The same slot with these binding rules. */
    public PlannedSlot withBinding(List<String> rules) {
        return new PlannedSlot(index, start, tariffPeriod, loadKw, supplySetpointC, powerKw, chillerPowerKw, pumpPowerKw, costCny, carbonKg,
                chillers, pumps, rules, dryBulbC, wetBulbC, condenserSetpointC, towerCells, towerFanSpeedFraction, towerPowerKw);
    }
}
