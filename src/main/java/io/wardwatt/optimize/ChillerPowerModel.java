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

    /**
     * The power curve as a polynomial in the load, {@code [a, b, c, d]} for {@code a + b·x + c·x² + d·x³} (x in kW),
     * exact over the running range; null when the model is not one (then only {@link #powerKw} is used). Both
     * models of the literature and of EnergyPlus are cubics in the load once the temperatures are fixed, which lets
     * the load split solve convex sets by their marginal cost in microseconds.
     */
    default double[] powerPolynomial() {
        return null;
    }

    default double minimumLoadKw() {
        return minimumPartLoadRatio() * capacityKw();
    }
}
