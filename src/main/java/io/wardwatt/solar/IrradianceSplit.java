package io.wardwatt.solar;

/**
 * Global horizontal irradiance split into its beam and diffuse parts by the Erbs correlation (Erbs, Klein and
 * Duffie, "Estimation of the diffuse radiation fraction for hourly, daily and monthly-average global radiation",
 * Solar Energy 28(4), 1982), the diffuse fraction as a function of the clearness index
 * {@code kt = GHI / (I0 · cos zenith)}.
 *
 * @param beamNormalWm2 direct normal irradiance
 * @param diffuseHorizontalWm2 diffuse irradiance on the horizontal
 * @param clearnessIndex kt (0 when the sun is down)
 */
public record IrradianceSplit(double globalHorizontalWm2, double beamNormalWm2, double diffuseHorizontalWm2, double clearnessIndex) {

    /**
     * Below 5° of elevation the beam is not separated: {@code kt} divides by a vanishing {@code cos zenith} and any
     * error in the time or the sun's place becomes a huge beam. All of a low sun's light is taken as diffuse.
     */
    static final double LOWEST_COS_ZENITH = Math.cos(Math.toRadians(85));

    public static IrradianceSplit erbs(double globalHorizontalWm2, SolarAngles sun) {
        double ghi = Math.max(0, globalHorizontalWm2);
        double cosZenith = sun.cosZenith();
        if (ghi == 0 || cosZenith < LOWEST_COS_ZENITH) {
            return new IrradianceSplit(ghi, 0, ghi, 0);
        }
        double kt = Math.min(1, ghi / (sun.extraterrestrialNormalWm2() * cosZenith));
        double diffuseFraction;
        if (kt <= 0.22) {
            diffuseFraction = 1 - 0.09 * kt;
        } else if (kt <= 0.80) {
            diffuseFraction = 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * Math.pow(kt, 3) + 12.336 * Math.pow(kt, 4);
        } else {
            diffuseFraction = 0.165;
        }
        double diffuse = ghi * diffuseFraction;
        return new IrradianceSplit(ghi, (ghi - diffuse) / cosZenith, diffuse, kt);
    }
}
