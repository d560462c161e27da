package io.wardwatt.optimize;

import io.wardwatt.plant.ChillerCurveSet;

/**
 * The plant package's DOE-2 electric EIR model held at one slot's chilled-water supply and condenser-entering
 * temperatures. Capacity is the available capacity times the maximum part load ratio; the minimum load is the
 * curve set's minimum part load ratio of the available capacity (below it the DOE-2 model cycles, which the
 * optimizer does not plan: a chiller is then off).
 */
public record Doe2EirChiller(String id, ChillerCurveSet curves, double leavingChilledWaterC, double enteringCondenserWaterC)
        implements ChillerPowerModel {

    public Doe2EirChiller {
        if (!(curves.availableCapacityKw(leavingChilledWaterC, enteringCondenserWaterC) > 0)) {
            throw new IllegalArgumentException("chiller " + id + ": no capacity at " + leavingChilledWaterC + " / "
                    + enteringCondenserWaterC + " °C");
        }
    }

    @Override
    public double capacityKw() {
        return curves.maximumLoadKw(leavingChilledWaterC, enteringCondenserWaterC);
    }

    @Override
    public double minimumPartLoadRatio() {
        return Math.min(1.0, curves.minimumPartLoadRatio() / curves.maximumPartLoadRatio());
    }

    @Override
    public double powerKw(double loadKw) {
        return curves.operate(loadKw, leavingChilledWaterC, enteringCondenserWaterC).electricPowerKw();
    }
}
