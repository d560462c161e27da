package io.wardwatt.sim.weather;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Where the sun is, from the NOAA / Spencer (1971) series for declination and the equation of time, and the
 * solar irradiance on a horizontal plane at the top of the atmosphere.
 */
public final class SunPosition {

    /** Solar constant, W/m². */
    public static final double SOLAR_CONSTANT_WM2 = 1361.0;

    private final double latitudeRad;
    private final double longitudeDeg;

    public SunPosition(double latitudeDeg, double longitudeDeg) {
        this.latitudeRad = Math.toRadians(latitudeDeg);
        this.longitudeDeg = longitudeDeg;
    }

    /** Sine of the sun's altitude above the horizon (negative at night). */
    public double sinAltitude(Instant at) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        double gamma = dayAngle(utc.getDayOfYear());
        double declination = 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma) - 0.006758 * Math.cos(2 * gamma)
                + 0.000907 * Math.sin(2 * gamma) - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
        double equationOfTimeMin = 229.18 * (0.000075 + 0.001868 * Math.cos(gamma) - 0.032077 * Math.sin(gamma)
                - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));
        double utcMinutes = utc.getHour() * 60 + utc.getMinute() + utc.getSecond() / 60.0 + utc.getNano() / 6e10;
        double solarMinutes = utcMinutes + equationOfTimeMin + 4 * longitudeDeg;
        double hourAngle = Math.toRadians(solarMinutes / 4.0 - 180.0);
        return Math.sin(latitudeRad) * Math.sin(declination) + Math.cos(latitudeRad) * Math.cos(declination) * Math.cos(hourAngle);
    }

    /** Extraterrestrial irradiance on a horizontal plane, W/m² (0 at night). */
    public double extraterrestrialHorizontalWm2(Instant at) {
        int day = at.atZone(ZoneOffset.UTC).getDayOfYear();
        double eccentricity = 1 + 0.033 * Math.cos(2 * Math.PI * day / 365.0);
        return SOLAR_CONSTANT_WM2 * eccentricity * Math.max(0, sinAltitude(at));
    }

    /** Day length in hours (sunrise to sunset), for sunshine fractions. */
    public double dayLengthHours(int dayOfYear) {
        double gamma = dayAngle(dayOfYear);
        double declination = 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma) - 0.006758 * Math.cos(2 * gamma)
                + 0.000907 * Math.sin(2 * gamma) - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
        double cosSunset = -Math.tan(latitudeRad) * Math.tan(declination);
        return 2 * Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosSunset)))) / 15.0;
    }

    private static double dayAngle(int dayOfYear) {
        return 2 * Math.PI * (dayOfYear - 1) / 365.0;
    }
}
