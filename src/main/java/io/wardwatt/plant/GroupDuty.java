package io.wardwatt.plant;

/**
 * What a number of identical parallel pumps do to carry a total flow on their system curve: all at one speed,
 * sharing the flow equally. Infeasible when they cannot, with the reason and the flow they fall short by.
 *
 * @param flowM3s total flow asked, m³/s
 * @param speedFraction speed over rated speed of each running pump (0 when infeasible or none runs)
 * @param headKpa the head they work against, kPa (NaN when infeasible)
 * @param powerKw total electric power, kW (NaN when infeasible)
 * @param shortfallM3s flow they cannot deliver (0 when feasible)
 */
public record GroupDuty(boolean feasible, String infeasibleReason, int running, double flowM3s, double speedFraction, double headKpa,
        double powerKw, double shortfallM3s) {

    static GroupDuty infeasible(int running, double flowM3s, double shortfallM3s, String reason) {
        return new GroupDuty(false, reason, running, flowM3s, 0, Double.NaN, Double.NaN, shortfallM3s);
    }
}
