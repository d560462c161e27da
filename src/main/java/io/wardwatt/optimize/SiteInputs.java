package io.wardwatt.optimize;

/**
 * What a scenario says of the site beyond the chiller plant (its {@code site}, the weather, the tariff's demand
 * charge), one value per slot where it varies.
 *
 * @param otherElectricityKw site electricity other than the chiller plant, forecast, kW per slot
 * @param monthPeakSoFarKw grid demand already reached this month (the demand charge counts only above it)
 * @param batteryStateOfChargeFraction the battery's state at the start (NaN: the plant file's initial state)
 * @param demandChargeCnyPerKwMonth the tariff's demand charge (0: none)
 * @param solarWm2 global horizontal irradiance per slot (null: no weather, no PV forecast possible)
 * @param dryBulbC air temperature per slot (null with {@code solarWm2})
 */
public record SiteInputs(double[] otherElectricityKw, double monthPeakSoFarKw, double batteryStateOfChargeFraction,
        double demandChargeCnyPerKwMonth, double[] solarWm2, double[] dryBulbC) {

    public SiteInputs {
        otherElectricityKw = otherElectricityKw.clone();
        solarWm2 = solarWm2 == null ? null : solarWm2.clone();
        dryBulbC = dryBulbC == null ? null : dryBulbC.clone();
        if (!(monthPeakSoFarKw >= 0) || !(demandChargeCnyPerKwMonth >= 0)) {
            throw new IllegalArgumentException("the month's peak and the demand charge must be ≥ 0");
        }
        if ((solarWm2 == null) != (dryBulbC == null)
                || solarWm2 != null && (solarWm2.length != otherElectricityKw.length || dryBulbC.length != otherElectricityKw.length)) {
            throw new IllegalArgumentException("irradiance and dry bulb come together, one value per slot");
        }
    }

    /** Only the other load, per slot: no month's peak, the plant file's battery state, no demand charge, no weather. */
    public static SiteInputs of(double[] otherElectricityKw) {
        return new SiteInputs(otherElectricityKw, 0, Double.NaN, 0, null, null);
    }

    public SiteInputs withWeather(double[] solarWm2, double[] dryBulbC) {
        return new SiteInputs(otherElectricityKw, monthPeakSoFarKw, batteryStateOfChargeFraction, demandChargeCnyPerKwMonth, solarWm2, dryBulbC);
    }

    public SiteInputs withDemandCharge(double cnyPerKwMonth) {
        return new SiteInputs(otherElectricityKw, monthPeakSoFarKw, batteryStateOfChargeFraction, cnyPerKwMonth, solarWm2, dryBulbC);
    }
}
