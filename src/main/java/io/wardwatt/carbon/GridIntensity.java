package io.wardwatt.carbon;

/**
 * The grid electricity emission factor the ledger books a site's month with, for whoever weighs electricity by its
 * carbon (the plant planner): the same number the ledger will use, so a plan and the ledger never disagree.
 *
 * @param kgPerKwh kg CO2 per kWh of grid electricity (location-based average factor)
 * @param factorSet the factor set's id
 * @param factorId the factor's id within the set
 * @param reason why this factor, in words (region level, data year, publication)
 */
public record GridIntensity(double kgPerKwh, String factorSet, String factorId, String reason) {
}
