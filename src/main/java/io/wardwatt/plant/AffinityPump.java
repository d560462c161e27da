package io.wardwatt.plant;

/**
 * A variable-speed pump by the affinity laws: at speed fraction n of design, flow is {@code n·Q}, head
 * {@code n²·H} and shaft power {@code n³·P}. Exact for a system curve through the origin (no static head), which
 * holds for closed chilled- and condenser-water loops; the design point fixes Q, H and P.
 *
 * @param designFlowM3s flow at full speed, m³/s
 * @param designHeadKpa head at full speed, kPa
 * @param designPowerKw electric power at full speed, kW
 */
public record AffinityPump(double designFlowM3s, double designHeadKpa, double designPowerKw) {

    private static final double WATER_DENSITY_KG_M3 = 998.0;
    private static final double GRAVITY_M_S2 = 9.81;

    public AffinityPump {
        if (!(designFlowM3s > 0) || !(designHeadKpa > 0) || !(designPowerKw > 0)) {
            throw new IllegalArgumentException("a pump's design flow, head and power must be above 0");
        }
    }

    /** The design point from hydraulics: power = ρ·g·Q·H / η (wire-to-water efficiency). */
    public static AffinityPump fromHydraulics(double designFlowM3s, double designHeadM, double wireToWaterEfficiency) {
        double powerKw = WATER_DENSITY_KG_M3 * GRAVITY_M_S2 * designFlowM3s * designHeadM / wireToWaterEfficiency / 1000.0;
        return new AffinityPump(designFlowM3s, designHeadM * WATER_DENSITY_KG_M3 * GRAVITY_M_S2 / 1000.0, powerKw);
    }

    /** @param speedFraction speed over design speed, 0 (stopped) .. 1 (more is clamped) */
    public PumpOperatingPoint at(double speedFraction) {
        double n = Math.max(0, Math.min(1, speedFraction));
        return new PumpOperatingPoint(n, designFlowM3s * n, designHeadKpa * n * n, designPowerKw * n * n * n);
    }

    /** The speed that gives a flow (affinity: flow is proportional to speed). */
    public double speedForFlow(double flowM3s) {
        return Math.max(0, Math.min(1, flowM3s / designFlowM3s));
    }
}
