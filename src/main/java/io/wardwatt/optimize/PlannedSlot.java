package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One slot of a plan (or of the conventional baseline).
 *
 * @param powerKw chillers plus pumps, kW electric
 * @param binding the rules that held this slot away from its own cheapest choice, e.g.
 *        {@code spare capacity (N+1)}, {@code minimum run time CH2}, {@code set-point upper limit}
 */
public record PlannedSlot(int index, LocalDateTime start, String tariffPeriod, double loadKw, double supplySetpointC, double powerKw,
        double chillerPowerKw, double pumpPowerKw, double costCny, double carbonKg, List<ChillerDispatch> chillers, List<PumpState> pumps,
        List<String> binding) {

    public PlannedSlot {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
        binding = List.copyOf(binding);
    }
}
