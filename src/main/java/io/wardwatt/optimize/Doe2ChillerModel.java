package io.wardwatt.optimize;

import io.wardwatt.plant.ChillerCurveSet;

/** A DOE-2 electric EIR chiller (the plant package's curve set) evaluated at each slot's temperatures. */
public record Doe2ChillerModel(String id, ChillerCurveSet curves) implements ChillerModel {

    @Override
    public ChillerPowerModel at(double supplySetpointC, double condenserEnteringC) {
        return new Doe2EirChiller(id, curves, supplySetpointC, condenserEnteringC);
    }

    @Override
    public boolean dependsOnTemperatures() {
        return true;
    }
}
