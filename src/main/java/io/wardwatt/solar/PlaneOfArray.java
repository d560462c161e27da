package io.wardwatt.solar;

/**
 * Irradiance on the tilted modules by the isotropic-sky model (Liu and Jordan 1963): the beam on the plane by the
 * angle of incidence, the sky's diffuse by the view factor {@code (1 + cos β)/2}, the ground's reflection by
 * {@code ρ (1 − cos β)/2} with albedo ρ = 0.2 (PVWatts' default). PVWatts v5 itself uses the Perez model; the
 * isotropic model is simpler and slightly low on clear days for steep tilts, which a flat roof's 5° hardly has,
 * and the fitted scale factor takes up what is left.
 *
 * <p>The beam is reduced for reflection off the module's glass at the angle of incidence as PVWatts v5 does
 * (De Soto et al. 2006, Snell's, Fresnel's and Bouguer's laws with n = 1.526, K = 4 m⁻¹, L = 2 mm), normalised
 * to normal incidence; the diffuse parts are taken as transmitted like normal light.
 *
 * @param beamWm2 beam on the plane
 * @param skyDiffuseWm2 sky diffuse on the plane
 * @param groundReflectedWm2 ground-reflected on the plane
 * @param incidenceDeg angle between the sun and the module's normal
 * @param transmittedWm2 what enters the cells: beam after the glass's reflection loss, plus both diffuse parts
 */
public record PlaneOfArray(double beamWm2, double skyDiffuseWm2, double groundReflectedWm2, double incidenceDeg, double transmittedWm2) {

    static final double ALBEDO = 0.2;
    private static final double GLASS_INDEX = 1.526;
    private static final double GLASS_EXTINCTION_PER_M = 4;
    private static final double GLASS_THICKNESS_M = 0.002;

    public double totalWm2() {
        return beamWm2 + skyDiffuseWm2 + groundReflectedWm2;
    }

    public static PlaneOfArray isotropic(IrradianceSplit split, SolarAngles sun, double tiltDeg, double azimuthDeg) {
        double tilt = Math.toRadians(tiltDeg);
        double zenith = Math.toRadians(sun.zenithDeg());
        double cosIncidence = Math.cos(zenith) * Math.cos(tilt)
                + Math.sin(zenith) * Math.sin(tilt) * Math.cos(Math.toRadians(sun.azimuthDeg() - azimuthDeg));
        double incidence = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosIncidence))));
        double beam = cosIncidence > 0 ? split.beamNormalWm2() * cosIncidence : 0;
        double sky = split.diffuseHorizontalWm2() * (1 + Math.cos(tilt)) / 2;
        double ground = split.globalHorizontalWm2() * ALBEDO * (1 - Math.cos(tilt)) / 2;
        double transmitted = beam * relativeTransmittance(incidence) + sky + ground;
        return new PlaneOfArray(beam, sky, ground, incidence, transmitted);
    }

    /** Transmittance of the glass cover at this angle of incidence over that at normal incidence (0 at and past 90°). */
    static double relativeTransmittance(double incidenceDeg) {
        if (incidenceDeg >= 90) {
            return 0;
        }
        return transmittance(Math.toRadians(Math.max(incidenceDeg, 1e-3))) / transmittance(1e-5);
    }

    private static double transmittance(double incidence) {
        double refracted = Math.asin(Math.sin(incidence) / GLASS_INDEX);
        double perpendicular = square(Math.sin(refracted - incidence)) / square(Math.sin(refracted + incidence));
        double parallel = square(Math.tan(refracted - incidence)) / square(Math.tan(refracted + incidence));
        double absorbed = Math.exp(-GLASS_EXTINCTION_PER_M * GLASS_THICKNESS_M / Math.cos(refracted));
        return absorbed * (1 - (perpendicular + parallel) / 2);
    }

    private static double square(double x) {
        return x * x;
    }
}
