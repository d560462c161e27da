package io.wardwatt.plant;

/**
 * A chiller of a plant definition with the two pumps piped to it, which run exactly when it runs.
 *
 * @param modelFile the chiller model file as the plant file names it (relative to the plant file)
 */
public record PlantChiller(String id, String modelFile, ChillerCurveSet model, PumpUnit primaryPump, PumpUnit condenserPump) {

    /** The primary pump at the evaporator's design flow (from the chiller model). */
    public PumpOperatingPoint primaryDuty() {
        return primaryPump.atRatedSpeed(model.reference().chilledWaterFlowM3s());
    }

    /** The condenser pump at the condenser's design flow. */
    public PumpOperatingPoint condenserDuty() {
        return condenserPump.atRatedSpeed(model.reference().condenserWaterFlowM3s());
    }
}
