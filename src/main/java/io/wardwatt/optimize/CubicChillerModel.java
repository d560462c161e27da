package io.wardwatt.optimize;

/** A PLR-cubic chiller: the same curve at every temperature. */
public record CubicChillerModel(PlrCubic curve) implements ChillerModel {

    @Override
    public String id() {
        return curve.id();
    }

    @Override
    public ChillerPowerModel at(double supplySetpointC, double condenserEnteringC) {
        return curve;
    }

    @Override
    public boolean dependsOnTemperatures() {
        return false;
    }
}
