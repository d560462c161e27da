package io.wardwatt.solar;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Solar position by the Astronomical Almanac's low-precision algorithm as Michalsky gives it ("The Astronomical
 * Almanac's algorithm for approximate solar position (1950–2050)", Solar Energy 40(3), 1988): mean longitude and
 * anomaly from the days since J2000.0, ecliptic longitude, obliquity, right ascension and declination, Greenwich
 * mean sidereal time for the hour angle, then zenith and azimuth by spherical trigonometry. About 0.01° from 1950
 * to 2050. (Spencer's 1971 series, which NOAA's general formulas use, was fitted to a 1950 year whose March equinox
 * fell on the 21st; today it places the equinox a day late, 0.5° of declination off.) Refraction is left out: it
 * lifts the sun by about 0.5° at the horizon only, where a PV array gives nothing. The extraterrestrial irradiance
 * is the solar constant of 1,361 W/m² (Kopp and Lean 2011) over the squared Earth–Sun distance in AU.
 */
public final class SolarGeometry {

    public static final double SOLAR_CONSTANT_WM2 = 1361.0;
    private static final double J2000_JULIAN_DAY = 2451545.0;
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;

    private final double latitudeRad;
    private final double longitudeDeg;
    private final ZoneOffset offset;

    /** @param utcOffsetHours the site's clock against UTC, e.g. 8 for China */
    public SolarGeometry(double latitudeDeg, double longitudeDeg, double utcOffsetHours) {
        this.latitudeRad = Math.toRadians(latitudeDeg);
        this.longitudeDeg = longitudeDeg;
        this.offset = ZoneOffset.ofTotalSeconds((int) Math.round(utcOffsetHours * 3600));
    }

    /** The sun at a local clock time of the site. */
    public SolarAngles at(LocalDateTime local) {
        double seconds = local.toEpochSecond(offset) + local.getNano() / 1e9;
        double days = seconds / 86_400 + UNIX_EPOCH_JULIAN_DAY - J2000_JULIAN_DAY;
        double utcHours = (seconds / 3600) % 24;
        if (utcHours < 0) {
            utcHours += 24;
        }
        double meanLongitude = degrees360(280.460 + 0.9856474 * days);
        double meanAnomaly = Math.toRadians(degrees360(357.528 + 0.9856003 * days));
        double eclipticLongitude = Math.toRadians(meanLongitude + 1.915 * Math.sin(meanAnomaly) + 0.020 * Math.sin(2 * meanAnomaly));
        double obliquity = Math.toRadians(23.439 - 0.0000004 * days);
        double rightAscension = Math.toDegrees(Math.atan2(Math.cos(obliquity) * Math.sin(eclipticLongitude), Math.cos(eclipticLongitude)));
        double declination = Math.asin(Math.sin(obliquity) * Math.sin(eclipticLongitude));
        // apparent minus mean solar time: 4 minutes per degree between the mean longitude and the right ascension
        double equationOfTime = 4 * degrees180(meanLongitude - rightAscension);
        double siderealHours = (6.697375 + 0.0657098242 * days + utcHours) % 24;
        double hourAngle = Math.toRadians(degrees180(15 * siderealHours + longitudeDeg - rightAscension));
        double cosZenith = Math.sin(latitudeRad) * Math.sin(declination)
                + Math.cos(latitudeRad) * Math.cos(declination) * Math.cos(hourAngle);
        double zenith = Math.acos(Math.max(-1, Math.min(1, cosZenith)));
        double azimuth = Math.toDegrees(Math.atan2(Math.sin(hourAngle),
                Math.cos(hourAngle) * Math.sin(latitudeRad) - Math.tan(declination) * Math.cos(latitudeRad))) + 180;
        double distanceAu = 1.00014 - 0.01671 * Math.cos(meanAnomaly) - 0.00014 * Math.cos(2 * meanAnomaly);
        return new SolarAngles(Math.toDegrees(zenith), azimuth % 360, Math.toDegrees(declination), equationOfTime,
                SOLAR_CONSTANT_WM2 / (distanceAu * distanceAu));
    }

    private static double degrees360(double degrees) {
        double value = degrees % 360;
        return value < 0 ? value + 360 : value;
    }

    private static double degrees180(double degrees) {
        double value = degrees360(degrees);
        return value > 180 ? value - 360 : value;
    }
}
