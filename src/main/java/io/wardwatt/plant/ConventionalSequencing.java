package io.wardwatt.plant;

/**
 * How the plant is sequenced without the optimizer (the baseline): chillers staged in the plant file's order,
 * up at {@code stageUpFraction} of running capacity, down when the rest would sit below
 * {@code stageDownFraction}; one fixed supply set-point; secondary pumps staged up at {@code pumpStageUpSpeed}.
 */
public record ConventionalSequencing(double stageUpFraction, double stageDownFraction, double fixedSetpointC, double pumpStageUpSpeed) {
}
