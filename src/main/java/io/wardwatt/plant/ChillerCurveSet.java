package io.wardwatt.plant;

/**
 * One chiller model: the DOE-2 electric EIR model as EnergyPlus {@code Chiller:Electric:EIR} evaluates it.
 * Available capacity is {@code Qref·CAPFT(Tchws, Tcwe)}; power is
 * {@code Qavail / COPref · EIRFT(Tchws, Tcwe) · EIRFPLR(max(PLR, PLRmin)) · cycling}, where below the minimum
 * part load the chiller cycles and {@code cycling = PLR / PLRmin}. Read from {@code chiller-models/chillers/*.yaml}
 * by {@link ChillerCurveSetReader}, which checks it.
 *
 * @param name the model's id (file {@code name})
 * @param sourceObject the EnergyPlus object the curves come from
 * @param minimumPartLoadRatio below it the chiller cycles on and off
 * @param maximumPartLoadRatio the most it delivers over its available capacity
 */
public record ChillerCurveSet(String name, String sourceObject, ChillerReference reference, double minimumPartLoadRatio,
        double maximumPartLoadRatio, BiquadraticCurve capacityFunctionOfTemperature, BiquadraticCurve eirFunctionOfTemperature,
        PartLoadCurve eirFunctionOfPartLoad) {

    /** Capacity at these water temperatures, kW (°C in). */
    public double availableCapacityKw(double leavingChilledWaterC, double enteringCondenserWaterC) {
        return reference.capacityKw() * capacityFunctionOfTemperature.valueAt(leavingChilledWaterC, enteringCondenserWaterC);
    }

    /** The most it can deliver at these temperatures (available capacity times the maximum part load ratio). */
    public double maximumLoadKw(double leavingChilledWaterC, double enteringCondenserWaterC) {
        return availableCapacityKw(leavingChilledWaterC, enteringCondenserWaterC) * maximumPartLoadRatio;
    }

    /**
     * Runs the chiller at a requested load.
     *
     * @param requestedLoadKw cooling asked of it, kW (negative is treated as 0)
     */
    public ChillerOperatingPoint operate(double requestedLoadKw, double leavingChilledWaterC, double enteringCondenserWaterC) {
        double available = availableCapacityKw(leavingChilledWaterC, enteringCondenserWaterC);
        double load = Math.max(0, Math.min(requestedLoadKw, available * maximumPartLoadRatio));
        double unmet = Math.max(0, requestedLoadKw - load);
        double plr = load / available;
        if (load <= 0) {
            return new ChillerOperatingPoint(0, available, 0, 0, unmet);
        }
        double cycling = plr < minimumPartLoadRatio ? plr / minimumPartLoadRatio : 1.0;
        double operatingPlr = Math.max(plr, minimumPartLoadRatio);
        double power = available / reference.cop()
                * eirFunctionOfTemperature.valueAt(leavingChilledWaterC, enteringCondenserWaterC)
                * eirFunctionOfPartLoad.valueAt(operatingPlr) * cycling;
        return new ChillerOperatingPoint(load, available, plr, power, unmet);
    }
}
