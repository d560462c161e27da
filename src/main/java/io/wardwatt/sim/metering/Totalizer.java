package io.wardwatt.sim.metering;

/**
 * A cumulative register: integrates a rate over time, as a meter does. The rate is held over each step
 * (the simulation's values are constant within a step), so the integral is exact for what was simulated:
 * {@code total += rate · seconds / 3600} (kW to kWh, t/h to t, m³/h to m³, "running" to hours).
 */
public final class Totalizer {

    private double total;

    public Totalizer(double initial) {
        this.total = initial;
    }

    /** @param ratePerHour e.g. kW for a kWh register */
    public void add(double ratePerHour, double seconds) {
        if (ratePerHour > 0 && seconds > 0) {
            total += ratePerHour * seconds / 3600.0;
        }
    }

    /** Adds a count (starts). */
    public void increment() {
        total += 1;
    }

    public double total() {
        return total;
    }
}
