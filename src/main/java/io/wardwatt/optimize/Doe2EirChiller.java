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

    /**
     * {@code Qavail/COPref · EIRFT · EIRFPLR(x/Qavail)}: a polynomial in the load while the part load stays inside
     * the EIRFPLR curve's fitted range (outside it EnergyPlus clamps, and the curve is no longer a polynomial).
     */
    @Override
    public double[] powerPolynomial() {
        double available = curves.availableCapacityKw(leavingChilledWaterC, enteringCondenserWaterC);
        var partLoad = curves.eirFunctionOfPartLoad();
        if (curves.minimumPartLoadRatio() < partLoad.x().min() - 1e-12 || curves.maximumPartLoadRatio() > partLoad.x().max() + 1e-12) {
            return null;
        }
        double scale = available / curves.reference().cop()
                * curves.eirFunctionOfTemperature().valueAt(leavingChilledWaterC, enteringCondenserWaterC);
        double[] polynomial = new double[4];
        double perKw = 1;
        for (int k = 0; k < partLoad.coefficients().size(); k++) {
            polynomial[k] = scale * partLoad.coefficients().get(k) * perKw;
            perKw /= available;
        }
        return polynomial;
    }

    @Override
    public double powerKw(double loadKw) {
        return curves.operate(loadKw, leavingChilledWaterC, enteringCondenserWaterC).electricPowerKw();
    }
}
