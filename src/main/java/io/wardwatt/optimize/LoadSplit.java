package io.wardwatt.optimize;

import java.util.List;

/**
 * The least-power split of one slot's cooling load, or why there is none.
 *
 * @param feasible whether the chillers can meet the load at all
 * @param infeasibleReason why not (null when feasible)
 * @param loadKw the cooling load asked for
 * @param totalPowerKw the sum of the chillers' power (NaN when infeasible)
 * @param chillers one entry per chiller, in the order given (empty when infeasible)
 */
public record LoadSplit(boolean feasible, String infeasibleReason, double loadKw, double totalPowerKw, List<ChillerDispatch> chillers) {

    public LoadSplit {
        chillers = List.copyOf(chillers);
    }

    static LoadSplit infeasible(double loadKw, String reason) {
        return new LoadSplit(false, reason, loadKw, Double.NaN, List.of());
    }

    /** Cooling delivered by the running chillers, kW (equals the load within rounding when feasible). */
    public double deliveredKw() {
        return chillers.stream().mapToDouble(ChillerDispatch::loadKw).sum();
    }
}
