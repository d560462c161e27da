package io.wardwatt.goals;

import java.time.YearMonth;

/**
 * A month's metered consumption of a site per carrier, in the site model's canonical units (as
 * {@code GET /api/sites/{site}/consumption} gives them): grid electricity kWh, natural gas m3, steam t, bought heat GJ.
 */
public record MonthEnergy(YearMonth month, double electricityKwh, double naturalGasM3, double steamT, double heatGj, int anomalies) {
}
