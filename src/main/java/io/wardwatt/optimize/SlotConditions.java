package io.wardwatt.optimize;

/**
 * What the planner knows of one slot in advance.
 *
 * @param loadKw forecast cooling load, kW thermal (≥ 0)
 * @param condenserEnteringC condenser water entering the chillers, °C
 * @param minSupplyC lowest chilled-water supply set-point allowed in this slot, °C
 * @param maxSupplyC highest allowed (e.g. lower in humid hours, for dehumidification), °C
 * @param tariffPeriod name of the time-of-use period (peak, flat, valley, critical-peak), for the report
 * @param pricePerKwh electricity price, CNY/kWh
 * @param carbonKgPerKwh grid carbon intensity, kg CO2/kWh
 */
public record SlotConditions(double loadKw, double condenserEnteringC, double minSupplyC, double maxSupplyC, String tariffPeriod,
        double pricePerKwh, double carbonKgPerKwh) {

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
    }
}
