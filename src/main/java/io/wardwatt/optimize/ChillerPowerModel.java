package io.wardwatt.optimize;

/**
 * One chiller as the load split sees it in one slot: its electric power as a function of the cooling it delivers,
 * with the water temperatures already fixed. Running means delivering between {@link #minimumLoadKw()} and
 * {@link #capacityKw()}; off means 0 kW, whatever the curve says at zero load (an intercept can be negative).
 */
public interface ChillerPowerModel {

    /** The chiller's id, reported back in the split. */
    String id();

    /** The most cooling it delivers at this slot's temperatures, kW. */
    double capacityKw();

    /** The least cooling it delivers while running (below it the chiller must be off), 0 &lt; PLRmin ≤ 1. */
    double minimumPartLoadRatio();

    /**
     * Electric power while running at this load, kW. Only called with
     * {@code minimumLoadKw() ≤ loadKw ≤ capacityKw()}.
     */
    double powerKw(double loadKw);

    default double minimumLoadKw() {
        return minimumPartLoadRatio() * capacityKw();
    }
}
