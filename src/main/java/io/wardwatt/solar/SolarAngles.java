package io.wardwatt.solar;

/**
 * The sun seen from a site at one moment.
 *
 * @param zenithDeg angle from the vertical (above 90 at night)
 * @param azimuthDeg direction, degrees clockwise from north (180 = south)
 * @param declinationDeg the sun's declination
 * @param equationOfTimeMinutes apparent minus mean solar time
 * @param extraterrestrialNormalWm2 irradiance on a plane normal to the sun at the top of the atmosphere
 */
public record SolarAngles(double zenithDeg, double azimuthDeg, double declinationDeg, double equationOfTimeMinutes,
        double extraterrestrialNormalWm2) {

    public double cosZenith() {
        return Math.cos(Math.toRadians(zenithDeg));
    }

    public double elevationDeg() {
        return 90 - zenithDeg;
    }
}
