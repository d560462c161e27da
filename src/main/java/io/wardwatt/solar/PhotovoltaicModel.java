package io.wardwatt.solar;

import io.wardwatt.plant.PhotovoltaicDefinition;
import java.time.LocalDateTime;

/**
 * AC output of a PV system from the time, the global horizontal irradiance and the air temperature, in the steps
 * of PVWatts v5 (Dobos 2014):
 * <ol>
 *   <li>the sun's position ({@link SolarGeometry}, the Astronomical Almanac's algorithm, Michalsky 1988);</li>
 *   <li>beam and diffuse from GHI ({@link IrradianceSplit#erbs}, Erbs 1982);</li>
 *   <li>plane-of-array irradiance, glass reflection on the beam ({@link PlaneOfArray}, isotropic sky);</li>
 *   <li>cell temperature by the NOCT model {@code Tcell = Tair + (NOCT − 20)/800 · POA} (PVWatts v5 uses Fuentes'
 *       model; the plant file gives the module's NOCT, so the NOCT model is the one its data supports);</li>
 *   <li>DC power {@code Pdc0 · POAtransmitted/1000 · (1 + γ (Tcell − 25))};</li>
 *   <li>system losses {@code · (1 − losses)} (soiling, mismatch, wiring …, PVWatts default 14 %);</li>
 *   <li>the inverter: PVWatts v5's part-load efficiency {@code η = ηnom/ηref · (−0.0162 ζ − 0.0059/ζ + 0.9858)},
 *       {@code ζ = Pdc/Pdc0,inv}, ηnom 0.96, ηref 0.9637, {@code Pdc0,inv = Pac0/ηnom};</li>
 *   <li>the fitted scale factor, then the inverters' AC limit.</li>
 * </ol>
 */
public final class PhotovoltaicModel {

    static final double INVERTER_NOMINAL_EFFICIENCY = 0.96;
    static final double INVERTER_REFERENCE_EFFICIENCY = 0.9637;

    private final PhotovoltaicDefinition system;
    private final SolarGeometry geometry;

    public PhotovoltaicModel(PhotovoltaicDefinition system) {
        this.system = system;
        this.geometry = new SolarGeometry(system.latitudeDeg(), system.longitudeDeg(), system.utcOffsetHours());
    }

    /**
     * One step of the model.
     *
     * @param unclippedAcKw after the scale factor, before the AC limit (what a scale-factor fit compares with a meter)
     */
    public record Output(SolarAngles sun, IrradianceSplit split, PlaneOfArray planeOfArray, double cellC, double dcKw, double unclippedAcKw,
            double acKw) {
    }

    /**
     * @param local the moment (for an interval's mean irradiance, its middle) in the site's clock time
     * @param globalHorizontalWm2 measured or forecast GHI
     * @param dryBulbC air temperature
     */
    public Output at(LocalDateTime local, double globalHorizontalWm2, double dryBulbC) {
        SolarAngles sun = geometry.at(local);
        IrradianceSplit split = IrradianceSplit.erbs(globalHorizontalWm2, sun);
        PlaneOfArray poa = PlaneOfArray.isotropic(split, sun, system.tiltDeg(), system.azimuthDeg());
        double cellC = dryBulbC + (system.noctC() - 20) / 800 * poa.totalWm2();
        double dcKw = Math.max(0, system.peakKw() * poa.transmittedWm2() / 1000 * (1 + system.temperatureCoefficientPerK() * (cellC - 25))
                * (1 - system.systemLossFraction()));
        double acKw = inverterAcKw(dcKw) * system.scaleFactor();
        return new Output(sun, split, poa, cellC, dcKw, acKw, Math.min(acKw, system.inverterAcKw()));
    }

    /** AC power, kW. */
    public double acKw(LocalDateTime local, double globalHorizontalWm2, double dryBulbC) {
        return at(local, globalHorizontalWm2, dryBulbC).acKw();
    }

    public PhotovoltaicDefinition system() {
        return system;
    }

    private double inverterAcKw(double dcKw) {
        if (dcKw <= 0) {
            return 0;
        }
        double ratedDcKw = system.inverterAcKw() / INVERTER_NOMINAL_EFFICIENCY;
        double zeta = dcKw / ratedDcKw;
        double efficiency = INVERTER_NOMINAL_EFFICIENCY / INVERTER_REFERENCE_EFFICIENCY * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
        return Math.max(0, efficiency * dcKw);
    }
}
