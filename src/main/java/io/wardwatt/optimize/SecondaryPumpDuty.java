package io.wardwatt.optimize;

/**
 * What a number of parallel secondary pumps do to carry a zone's flow: each at the same speed, meeting the
 * zone's system curve. Infeasible when they cannot deliver the flow at the head (too few pumps), with the reason.
 *
 * @param flowM3s the zone's chilled-water flow, m³/s
 * @param speedFraction speed over rated speed of each running pump
 * @param headKpa the head they work against, kPa
 * @param powerKw total electric power of the running pumps, kW (NaN when infeasible)
 * @param shortfallM3s flow they cannot deliver (0 when feasible)
 */
public record SecondaryPumpDuty(boolean feasible, String infeasibleReason, int running, double flowM3s, double speedFraction,
        double headKpa, double powerKw, double shortfallM3s) {

    public static SecondaryPumpDuty infeasible(int running, double flowM3s, double shortfallM3s, String reason) {
        return new SecondaryPumpDuty(false, reason, running, flowM3s, 0, Double.NaN, Double.NaN, shortfallM3s);
    }
}
