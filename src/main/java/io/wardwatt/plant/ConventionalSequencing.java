package io.wardwatt.plant;

/**
 * How the plant is sequenced without the optimizer (the baseline): chillers staged in the plant file's order,
 * up at {@code stageUpFraction} of running capacity, down when the rest would sit below
 * {@code stageDownFraction}; one fixed supply set-point; secondary pumps staged up at {@code pumpStageUpSpeed};
 * the towers holding one fixed condenser-water set-point, {@code condenserSetpointC}.
 */
public record ConventionalSequencing(double stageUpFraction, double stageDownFraction, double fixedSetpointC, double pumpStageUpSpeed,
        double condenserSetpointC) {

    /** The conventional condenser-water set-point when a plant file gives none, °C (85 °F, the usual fixed one). */
    public static final double DEFAULT_CONDENSER_SETPOINT_C = 29.5;

    public ConventionalSequencing(double stageUpFraction, double stageDownFraction, double fixedSetpointC, double pumpStageUpSpeed) {
        this(stageUpFraction, stageDownFraction, fixedSetpointC, pumpStageUpSpeed, DEFAULT_CONDENSER_SETPOINT_C);
    }
}
