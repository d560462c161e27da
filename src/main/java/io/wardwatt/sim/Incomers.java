package io.wardwatt.sim;

import io.wardwatt.sim.metering.Totalizer;

/**
 * The two 10 kV incomers. The busbar sections are coupled and share the site's net import 52/48 (the
 * chiller plant's transformers sit on section 1). Power factor 0.93 after the capacitor banks.
 */
public final class Incomers {

    static final double FIRST_SHARE = 0.52;
    static final double POWER_FACTOR = 0.93;
    static final double LINE_VOLTAGE_V = 10_000.0;

    private final Totalizer first = new Totalizer(38_400_000.0);
    private final Totalizer second = new Totalizer(35_100_000.0);
    private double totalKw;

    void step(double netImportKw, double seconds) {
        totalKw = Math.max(0, netImportKw);
        first.add(kw(1), seconds);
        second.add(kw(2), seconds);
    }

    /** @param incomer 1 or 2 */
    public double kw(int incomer) {
        return totalKw * (incomer == 1 ? FIRST_SHARE : 1 - FIRST_SHARE);
    }

    public double kvar(int incomer) {
        return kw(incomer) * Math.tan(Math.acos(POWER_FACTOR));
    }

    public double currentA(int incomer) {
        return kw(incomer) * 1000.0 / (Math.sqrt(3) * LINE_VOLTAGE_V * POWER_FACTOR);
    }

    public double kwh(int incomer) {
        return incomer == 1 ? first.total() : second.total();
    }

    public double totalKw() {
        return totalKw;
    }
}
