package io.wardwatt.plant;

/**
 * One installed pump of a plant definition.
 *
 * @param type the id of its pump type (curve, speed range, motor and drive)
 */
public record PumpUnit(String id, String type, PumpRole role, VariableSpeedPump pump) {

    /**
     * A constant-speed pump balanced to a design flow: it runs at rated speed and its balancing valve sets the
     * flow, so it works at the curve's head for that flow.
     */
    public PumpOperatingPoint atRatedSpeed(double flowM3s) {
        double head = pump.headKpa(flowM3s, 1.0);
        return new PumpOperatingPoint(1.0, flowM3s, head, pump.powerKw(flowM3s, head, 1.0));
    }
}
