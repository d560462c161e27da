package io.wardwatt.control;

/**
 * How dispatch reaches the plant: write one value to one point and read it back. The service's adapter goes
 * through acquisition's PlantWriter (the device's own thread, audited); {@link ModbusPlantPort} writes on open
 * connections.
 */
@FunctionalInterface
public interface PlantPort {

    /**
     * @throws PlantUnreachableException when the device did not answer (dispatch backs off and tries again)
     * @throws io.wardwatt.input.InvalidInputException when the point may not take the value (nothing was sent)
     */
    WriteResult write(CommandedPoint point, double value) throws PlantUnreachableException;

    /** What was asked and what the device holds afterwards. */
    record WriteResult(double requested, double readBack, boolean confirmed) {
    }
}
