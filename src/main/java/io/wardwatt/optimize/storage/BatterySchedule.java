package io.wardwatt.optimize.storage;

/**
 * What the battery does through the day.
 *
 * @param batteryKw per slot, at its AC terminals: + discharging (to the site), − charging
 * @param storedKwh energy held at each boundary 0 .. slots (the start, then the end of each slot)
 * @param feasible whether it keeps the reserve at every boundary of the window and ends where it must
 * @param problem why not (null when feasible), in words an engineer reads
 * @param demandCapKw the grid cap the programme kept to (infinite: none)
 */
public record BatterySchedule(double[] batteryKw, double[] storedKwh, boolean feasible, String problem, double demandCapKw) {

    public BatterySchedule {
        batteryKw = batteryKw.clone();
        storedKwh = storedKwh.clone();
        if (storedKwh.length != batteryKw.length + 1) {
            throw new IllegalArgumentException("one stored energy per boundary: " + (batteryKw.length + 1) + " needed, got " + storedKwh.length);
        }
    }

    /** Energy the battery took from the site, kWh (AC side). */
    public double chargedKwh(double slotHours) {
        double sum = 0;
        for (double kw : batteryKw) {
            sum += Math.max(0, -kw) * slotHours;
        }
        return sum;
    }

    /** Energy it gave the site, kWh (AC side). */
    public double dischargedKwh(double slotHours) {
        double sum = 0;
        for (double kw : batteryKw) {
            sum += Math.max(0, kw) * slotHours;
        }
        return sum;
    }

    public double endKwh() {
        return storedKwh[storedKwh.length - 1];
    }
}
