package io.wardwatt.plant;

import java.util.List;

/**
 * A pump's performance at rated speed, as a manufacturer's data sheet gives it: head over flow and pump
 * (hydraulic) efficiency over flow, each a quadratic, valid between a minimum and a maximum flow (the published
 * part of the curve; left of it the pump recirculates, right of it it runs out into cavitation).
 *
 * @param headKpa head at rated speed over flow in m³/s, kPa
 * @param efficiency pump efficiency at rated speed over flow in m³/s, 0..1 (motor and drive not included)
 * @param minFlowM3s the curve's first published flow, m³/s
 * @param maxFlowM3s its last (end of curve), m³/s
 */
public record PumpCurve(Quadratic headKpa, Quadratic efficiency, double minFlowM3s, double maxFlowM3s) {

    public PumpCurve {
        if (!(minFlowM3s >= 0) || !(maxFlowM3s > minFlowM3s) || Double.isInfinite(maxFlowM3s)) {
            throw new IllegalArgumentException("a pump curve's flow range needs 0 ≤ min < max, got " + minFlowM3s + ".." + maxFlowM3s);
        }
    }

    /** The least-squares curves through data-sheet points, valid from the first to the last point's flow. */
    public static PumpCurve fit(List<PumpCurvePoint> points) {
        List<Double> flows = points.stream().map(PumpCurvePoint::flowM3s).toList();
        Quadratic head = Quadratic.fit(flows, points.stream().map(PumpCurvePoint::headKpa).toList());
        Quadratic efficiency = Quadratic.fit(flows, points.stream().map(PumpCurvePoint::efficiency).toList());
        return new PumpCurve(head, efficiency, flows.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                flows.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    /** Head at zero flow and rated speed (the fitted curve's intercept), kPa. */
    public double shutOffHeadKpa() {
        return headKpa.c0();
    }

    /** The lowest head over the flow range, kPa: at or below 0 the curve is wrong. */
    public double lowestHeadKpa() {
        return headKpa.minimumOn(minFlowM3s, maxFlowM3s);
    }

    /** The lowest efficiency over the flow range: at or below 0 power would be negative or infinite. */
    public double lowestEfficiency() {
        return efficiency.minimumOn(minFlowM3s, maxFlowM3s);
    }

    /** The highest efficiency over the flow range: above 1 the curve is wrong. */
    public double highestEfficiency() {
        return efficiency.maximumOn(minFlowM3s, maxFlowM3s);
    }

    public boolean covers(double flowM3s) {
        return flowM3s >= minFlowM3s && flowM3s <= maxFlowM3s;
    }
}
