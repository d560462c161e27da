package io.wardwatt.sim.energy;

import io.wardwatt.sim.metering.Totalizer;
import io.wardwatt.sim.weather.OutdoorConditions;

/**
 * The rooftop PV plant: DC power {@code Pstc · G/1000 · (1 + γ·(Tcell − 25))} with the cell temperature from
 * the NOCT model {@code Tcell = Tair + (NOCT − 20)/800 · G}, then 86 % for inverter, wiring and soiling
 * losses, clipped at the inverters' AC rating. The modules lie at a low tilt on flat roofs, so the plane of
 * array receives about the global horizontal irradiance G.
 */
public final class PhotovoltaicArray {

    static final double TEMPERATURE_COEFFICIENT_PER_K = -0.0037;
    static final double NOCT_C = 45.0;
    static final double SYSTEM_EFFICIENCY = 0.86;

    private final double peakKw;
    private final double inverterAcKw;
    private final Totalizer generation;
    private double powerKw;
    private double cellC;

    public PhotovoltaicArray(double peakKw, double inverterAcKw, double initialKwh) {
        this.peakKw = peakKw;
        this.inverterAcKw = inverterAcKw;
        this.generation = new Totalizer(initialKwh);
    }

    /** The AC output for these conditions, kW. */
    public double outputKw(OutdoorConditions outdoor) {
        double irradiance = outdoor.globalHorizontalWm2();
        double cell = outdoor.dryBulbC() + (NOCT_C - 20.0) / 800.0 * irradiance;
        double dc = peakKw * irradiance / 1000.0 * (1 + TEMPERATURE_COEFFICIENT_PER_K * (cell - 25.0));
        return Math.max(0, Math.min(inverterAcKw, dc * SYSTEM_EFFICIENCY));
    }

    public void step(OutdoorConditions outdoor, double seconds) {
        powerKw = outputKw(outdoor);
        cellC = outdoor.dryBulbC() + (NOCT_C - 20.0) / 800.0 * outdoor.globalHorizontalWm2();
        generation.add(powerKw, seconds);
    }

    public double powerKw() {
        return powerKw;
    }

    public double cellC() {
        return cellC;
    }

    public double generationKwh() {
        return generation.total();
    }
}
