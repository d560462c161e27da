package io.wardwatt.sim.closedloop;

/**
 * What Wardwatt saved against conventional sequencing, and how much of what a perfect forecast would have saved.
 *
 * @param savedKwh conventional less wardwatt plant electricity (chillers, pumps, towers)
 * @param savedPercent of the conventional plant electricity
 * @param savedCny conventional less wardwatt site energy cost
 * @param savedTco2 conventional less wardwatt site grid carbon
 * @param hindsightSavedKwh conventional less hindsight plant electricity
 * @param capturedShareOfHindsight savedKwh over hindsightSavedKwh (NaN when hindsight saved nothing)
 * @param forecastLossShare the share of the hindsight saving lost to forecast error: 1 − captured share
 */
public record YearSavings(double savedKwh, double savedPercent, double savedCny, double savedTco2, double hindsightSavedKwh,
        double capturedShareOfHindsight, double forecastLossShare) {

    public static YearSavings of(RunIndicators conventional, RunIndicators wardwatt, RunIndicators hindsight) {
        double saved = conventional.plantKwh() - wardwatt.plantKwh();
        double bound = conventional.plantKwh() - hindsight.plantKwh();
        double captured = bound > 0 ? saved / bound : Double.NaN;
        return new YearSavings(saved, conventional.plantKwh() > 0 ? 100 * saved / conventional.plantKwh() : Double.NaN,
                conventional.costCny() - wardwatt.costCny(), conventional.carbonTonnes() - wardwatt.carbonTonnes(), bound, captured,
                Double.isNaN(captured) ? Double.NaN : 1 - captured);
    }
}
