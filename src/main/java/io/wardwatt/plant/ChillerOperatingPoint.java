package io.wardwatt.plant;

/**
 * What a chiller does at one load and pair of water temperatures.
 *
 * @param loadKw the cooling it delivers (at most its available capacity times the maximum part load)
 * @param availableCapacityKw reference capacity times CAPFT at these temperatures
 * @param partLoadRatio delivered load over available capacity
 * @param electricPowerKw compressor power by the DOE-2 EIR model
 * @param unmetKw the part of the requested load it could not deliver
 */
public record ChillerOperatingPoint(double loadKw, double availableCapacityKw, double partLoadRatio, double electricPowerKw, double unmetKw) {

    /** Coefficient of performance: cooling delivered over electricity used (0 when off). */
    public double cop() {
        return electricPowerKw > 0 ? loadKw / electricPowerKw : 0;
    }

    /** Heat the condenser rejects: the cooling plus the compressor power (all of it, as in the EnergyPlus data sets). */
    public double heatRejectedKw() {
        return loadKw + electricPowerKw;
    }
}
