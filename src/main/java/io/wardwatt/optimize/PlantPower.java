package io.wardwatt.optimize;

/**
 * The chiller plant's side of a day as the site plan needs it: per slot the plan's power, the conventional
 * baseline's power and the least power any plan could draw, with the plan's and the baseline's totals (for their
 * start costs) and the plant's lower bound.
 *
 * @param minimumKw per slot, a power no plan of the plant can go below (see {@link SitePlanner#minimumPlantKw})
 */
public record PlantPower(double[] planKw, PlanTotals planTotals, double[] baselineKw, PlanTotals baselineTotals, double[] minimumKw,
        PlanBound bound) {

    public PlantPower {
        planKw = planKw.clone();
        baselineKw = baselineKw.clone();
        minimumKw = minimumKw.clone();
        if (planKw.length != baselineKw.length || planKw.length != minimumKw.length) {
            throw new IllegalArgumentException("plan, baseline and minimum power need one value per slot each");
        }
    }
}
