package io.wardwatt.plant;

/**
 * The head a piping system asks for a flow: {@code H = Hstatic + k·Q²}. In a closed chilled-water loop the
 * static part is the differential-pressure set-point the pumps hold across the farthest coil (its valve and
 * coil must always see it); the rest is friction, which grows with the square of the flow.
 *
 * @param staticHeadKpa head at zero flow, kPa
 * @param resistanceKpaS2M6 k, kPa per (m³/s)²
 */
public record SystemCurve(double staticHeadKpa, double resistanceKpaS2M6) {

    public SystemCurve {
        if (!(staticHeadKpa >= 0) || !(resistanceKpaS2M6 > 0) || Double.isInfinite(staticHeadKpa) || Double.isInfinite(resistanceKpaS2M6)) {
            throw new IllegalArgumentException("a system curve needs static head ≥ 0 and resistance > 0, got "
                    + staticHeadKpa + " kPa and " + resistanceKpaS2M6);
        }
    }

    /** The curve through a design point with this static head (the design head must be above it). */
    public static SystemCurve through(double staticHeadKpa, double designFlowM3s, double designHeadKpa) {
        if (!(designFlowM3s > 0) || !(designHeadKpa > staticHeadKpa)) {
            throw new IllegalArgumentException("a system curve's design point needs flow > 0 and a head above the static head "
                    + staticHeadKpa + " kPa, got " + designFlowM3s + " m³/s at " + designHeadKpa + " kPa");
        }
        return new SystemCurve(staticHeadKpa, (designHeadKpa - staticHeadKpa) / (designFlowM3s * designFlowM3s));
    }

    /** A loop with no static head, where pump speed and flow are proportional (the affinity laws hold exactly). */
    public static SystemCurve throughOrigin(double designFlowM3s, double designHeadKpa) {
        return through(0, designFlowM3s, designHeadKpa);
    }

    public double headKpa(double flowM3s) {
        return staticHeadKpa + resistanceKpaS2M6 * flowM3s * flowM3s;
    }
}
