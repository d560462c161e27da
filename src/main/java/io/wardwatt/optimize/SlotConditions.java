package io.wardwatt.optimize;

/**
 * What the planner knows of one slot in advance.
 *
 * @param loadKw forecast cooling load, kW thermal (≥ 0)
 * @param condenserEnteringC condenser water entering the chillers, °C, when it is a given (no towers planned); NaN
 *        when the plan's cooling towers choose it
 * @param minSupplyC lowest chilled-water supply set-point allowed in this slot, °C
 * @param maxSupplyC highest allowed, °C: the scenario's or the plant's, lowered in humid hours by dehumidification
 * @param tariffPeriod name of the time-of-use period (peak, flat, valley, critical-peak), for the report
 * @param pricePerKwh electricity price, CNY/kWh
 * @param carbonKgPerKwh grid carbon intensity, kg CO2/kWh
 * @param weather the outdoor air forecast (null when the scenario gives none)
 * @param dehumidificationMaxSupplyC the highest supply the coils allow at the slot's dew point, °C (NaN when the plant
 *        has no dehumidification table or the scenario no weather); {@code maxSupplyC} already keeps it
 */
public record SlotConditions(double loadKw, double condenserEnteringC, double minSupplyC, double maxSupplyC, String tariffPeriod,
        double pricePerKwh, double carbonKgPerKwh, SlotWeather weather, double dehumidificationMaxSupplyC) {

    public SlotConditions {
        if (!(loadKw >= 0) || Double.isInfinite(loadKw)) {
            throw new IllegalArgumentException("load must be a finite number ≥ 0 kW, got " + loadKw);
        }
        if (!(maxSupplyC >= minSupplyC)) {
            throw new IllegalArgumentException("supply set-point limits: min " + minSupplyC + " °C is above max " + maxSupplyC + " °C");
        }
        if (!(pricePerKwh >= 0) || !(carbonKgPerKwh >= 0)) {
            throw new IllegalArgumentException("price and carbon intensity must be ≥ 0, got " + pricePerKwh + " and " + carbonKgPerKwh);
        }
        if (Double.isNaN(condenserEnteringC) && weather == null) {
            throw new IllegalArgumentException("without weather the condenser water must be given");
        }
    }

    /** A slot with the condenser water given and no weather. */
    public SlotConditions(double loadKw, double condenserEnteringC, double minSupplyC, double maxSupplyC, String tariffPeriod,
            double pricePerKwh, double carbonKgPerKwh) {
        this(loadKw, condenserEnteringC, minSupplyC, maxSupplyC, tariffPeriod, pricePerKwh, carbonKgPerKwh, null, Double.NaN);
    }

    /** The same slot with another load (a measured one, to replay the baseline on it). */
    public SlotConditions withLoad(double otherLoadKw) {
        return new SlotConditions(otherLoadKw, condenserEnteringC, minSupplyC, maxSupplyC, tariffPeriod, pricePerKwh, carbonKgPerKwh, weather,
                dehumidificationMaxSupplyC);
    }
}
