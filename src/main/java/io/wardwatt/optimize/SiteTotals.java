package io.wardwatt.optimize;

/**
 * Sums over the site's slots.
 *
 * @param gridKwh energy drawn from the grid
 * @param batteryChargeKwh energy the battery took in at its terminals
 * @param batteryDischargeKwh energy it gave out at its terminals
 * @param energyCostCny the grid energy at each slot's price
 * @param demandChargeCny what the day's highest grid draw adds to the month's demand charge
 * @param peakGridKw the day's highest grid draw
 * @param endStateOfChargeKwh energy stored at the end of the day
 * @param objective what the site plan minimises: cost weight × (energy cost + demand charge) + carbon weight × carbon,
 *        plus the plant's start costs; comparable with the site bound
 */
public record SiteTotals(double gridKwh, double pvKwh, double batteryChargeKwh, double batteryDischargeKwh, double energyCostCny,
        double demandChargeCny, double carbonKg, double peakGridKw, double endStateOfChargeKwh, double objective) {
}
