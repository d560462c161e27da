package io.wardwatt.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The sun's position against published astronomy: the solstices' declination ±23.44° (the obliquity of the
 * ecliptic, Astronomical Almanac), the equation of time's extremes (−14 min 14 s about 11 February, +16 min 25 s
 * about 3 November), and what follows from them at Shanghai (31.23° N, 121.47° E, UTC+8).
 */
class SolarGeometryTest {

    private static final double LATITUDE = 31.23;
    private static final double LONGITUDE = 121.47;
    private final SolarGeometry shanghai = new SolarGeometry(LATITUDE, LONGITUDE, 8);

    @Test
    void declinationAtTheSolsticesIsTheObliquityOfTheEcliptic() {
        assertEquals(23.44, shanghai.at(LocalDateTime.of(2025, 6, 21, 12, 0)).declinationDeg(), 0.02);
        assertEquals(-23.44, shanghai.at(LocalDateTime.of(2025, 12, 21, 12, 0)).declinationDeg(), 0.02);
        assertEquals(0, shanghai.at(LocalDateTime.of(2025, 3, 20, 17, 0)).declinationDeg(), 0.02, "the March equinox, 09:01 UTC");
    }

    @Test
    void equationOfTimeReachesItsPublishedExtremes() {
        assertEquals(-14.23, shanghai.at(LocalDateTime.of(2025, 2, 11, 12, 0)).equationOfTimeMinutes(), 0.3);
        assertEquals(16.42, shanghai.at(LocalDateTime.of(2025, 11, 3, 12, 0)).equationOfTimeMinutes(), 0.3);
    }

    @Test
    void noonElevationAtShanghaiIsNinetyMinusLatitudePlusDeclination() {
        // 90 − 31.23 + 23.44 at the June solstice, 90 − 31.23 − 23.44 at the December one
        assertEquals(82.21, highestElevation(LocalDate.of(2025, 6, 21)), 0.15);
        assertEquals(35.33, highestElevation(LocalDate.of(2025, 12, 21)), 0.15);
    }

    @Test
    void solarNoonFallsWhereLongitudeAndTheEquationOfTimePutIt() {
        // 12:00 + 4 min × (120 − 121.47) − 16.42 min = 11:37.7 on 3 November
        LocalDate day = LocalDate.of(2025, 11, 3);
        double noonMinute = minuteOfHighestSun(day);
        assertEquals(11 * 60 + 37.7, noonMinute, 1.0);
        SolarAngles noon = shanghai.at(day.atStartOfDay().plusSeconds(Math.round(noonMinute * 60)));
        assertEquals(180, noon.azimuthDeg(), 0.5, "due south at solar noon, north of the tropic");
    }

    @Test
    void atTheEquinoxTheSunRisesInTheEastAndSetsInTheWest() {
        LocalDate day = LocalDate.of(2025, 3, 20);
        SolarAngles sunrise = null;
        SolarAngles sunset = null;
        for (int minute = 0; minute < 1440; minute++) {
            SolarAngles sun = shanghai.at(day.atTime(LocalTime.MIN).plusMinutes(minute));
            if (sunrise == null && sun.zenithDeg() < 90) {
                sunrise = sun;
            }
            if (sun.zenithDeg() < 90) {
                sunset = sun;
            }
        }
        assertEquals(90, sunrise.azimuthDeg(), 1.0);
        assertEquals(270, sunset.azimuthDeg(), 1.0);
    }

    @Test
    void extraterrestrialIrradianceFollowsTheEarthSunDistance() {
        // perihelion early January (1.0167² closer than mean: +3.4 %), aphelion early July (−3.3 %)
        assertEquals(1361 * 1.0342, shanghai.at(LocalDateTime.of(2025, 1, 4, 12, 0)).extraterrestrialNormalWm2(), 3);
        assertEquals(1361 * 0.9672, shanghai.at(LocalDateTime.of(2025, 7, 4, 12, 0)).extraterrestrialNormalWm2(), 3);
    }

    @Test
    void erbsSplitRebuildsTheGlobalIrradianceAndAFlatPlaneReceivesIt() {
        SolarAngles sun = shanghai.at(LocalDateTime.of(2025, 7, 16, 10, 30));
        for (double ghi : new double[] {50, 300, 600, 900}) {
            IrradianceSplit split = IrradianceSplit.erbs(ghi, sun);
            assertEquals(ghi, split.beamNormalWm2() * sun.cosZenith() + split.diffuseHorizontalWm2(), 1e-9);
            PlaneOfArray flat = PlaneOfArray.isotropic(split, sun, 0, 180);
            assertEquals(ghi, flat.totalWm2(), 1e-9);
            assertTrue(flat.transmittedWm2() <= flat.totalWm2());
        }
        // overcast: nearly all diffuse (Erbs: 1 − 0.09 kt below kt 0.22)
        IrradianceSplit overcast = IrradianceSplit.erbs(100, sun);
        assertEquals(1 - 0.09 * overcast.clearnessIndex(), overcast.diffuseHorizontalWm2() / 100, 1e-12);
    }

    @Test
    void glassTransmittanceFallsWithIncidenceToZeroAtGrazing() {
        assertEquals(1, PlaneOfArray.relativeTransmittance(0), 1e-6);
        double previous = 1;
        for (int angle = 10; angle <= 90; angle += 10) {
            double t = PlaneOfArray.relativeTransmittance(angle);
            assertTrue(t <= previous + 1e-12, "at " + angle + "°");
            previous = t;
        }
        assertEquals(0, PlaneOfArray.relativeTransmittance(90));
        assertTrue(PlaneOfArray.relativeTransmittance(40) > 0.99, "reflection matters only past about 50°");
    }

    private double highestElevation(LocalDate day) {
        double best = -90;
        for (int minute = 0; minute < 1440; minute++) {
            best = Math.max(best, shanghai.at(day.atStartOfDay().plusMinutes(minute)).elevationDeg());
        }
        return best;
    }

    private double minuteOfHighestSun(LocalDate day) {
        double best = -90;
        double at = 0;
        for (int second = 0; second < 86400; second += 6) {
            double elevation = shanghai.at(day.atStartOfDay().plusSeconds(second)).elevationDeg();
            if (elevation > best) {
                best = elevation;
                at = second / 60.0;
            }
        }
        return at;
    }
}
