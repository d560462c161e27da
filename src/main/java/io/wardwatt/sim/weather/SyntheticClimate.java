package io.wardwatt.sim.weather;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * A synthetic climate calibrated to monthly normals; deterministic for a seed.
 *
 * <ul>
 *   <li>Daily mean temperature and diurnal range follow smooth annual cycles through the normals' monthly
 *       (max+min)/2 and max-min; the day runs as a cosine with its minimum before sunrise and maximum at
 *       14:30 local time.</li>
 *   <li>Passing weather systems: the sum of four slow sinusoids (periods 2.9 to 11.3 days, phases from the
 *       seed) shifts temperature (about ±2.5 K) and dew point, and a cloudiness index does the same to the
 *       clearness and the diurnal range (cloudy days are flatter and more humid).</li>
 *   <li>Humidity: the dew point of the month's mean temperature and relative humidity, held through the day
 *       (so relative humidity is highest at dawn, as observed), capped just below saturation.</li>
 *   <li>Solar: clearness index from sunshine duration by the Angstrom-Prescott relation
 *       {@code Kt = a + b·n/N} with a = 0.20, b = 0.50 (FAO-56 gives 0.25/0.50; a is lowered so that the annual
 *       global irradiation lands near 1,300 kWh/m², which Shanghai's typical-year records show), times the
 *       extraterrestrial irradiance from the sun's position.</li>
 * </ul>
 */
public final class SyntheticClimate implements Weather {

    private static final double ANGSTROM_A = 0.20;
    private static final double ANGSTROM_B = 0.50;
    private static final double[] PERIODS_DAYS = {2.9, 4.7, 7.3, 11.3};

    private final ClimateNormals normals;
    private final SunPosition sun;
    private final ZoneOffset zone;
    private final AnnualCycle dailyMean;
    private final AnnualCycle dailyRange;
    private final AnnualCycle dewPoint;
    private final AnnualCycle clearness;
    private final double[] temperaturePhases = new double[PERIODS_DAYS.length];
    private final double[] cloudPhases = new double[PERIODS_DAYS.length];

    public SyntheticClimate(ClimateNormals normals, long seed) {
        this.normals = normals;
        this.sun = new SunPosition(normals.latitudeDeg(), normals.longitudeDeg());
        this.zone = ZoneOffset.ofHours(normals.utcOffsetHours());
        java.util.List<Double> means = new java.util.ArrayList<>();
        java.util.List<Double> ranges = new java.util.ArrayList<>();
        java.util.List<Double> dewPoints = new java.util.ArrayList<>();
        java.util.List<Double> clearnessIndices = new java.util.ArrayList<>();
        int[] monthStartDay = {1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335};
        int[] monthDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (int m = 0; m < 12; m++) {
            double max = normals.meanDailyMaxC().get(m);
            double min = normals.meanDailyMinC().get(m);
            double mean = (max + min) / 2;
            means.add(mean);
            ranges.add(max - min);
            double vapour = Psychrometrics.saturationPressurePa(mean) * normals.relativeHumidityPercent().get(m) / 100.0;
            dewPoints.add(Psychrometrics.dewPointC(vapour));
            double possible = 0;
            for (int d = 0; d < monthDays[m]; d++) {
                possible += sun.dayLengthHours(monthStartDay[m] + d);
            }
            clearnessIndices.add(ANGSTROM_A + ANGSTROM_B * normals.sunshineHours().get(m) / possible);
        }
        dailyMean = new AnnualCycle(means);
        dailyRange = new AnnualCycle(ranges);
        dewPoint = new AnnualCycle(dewPoints);
        clearness = new AnnualCycle(clearnessIndices);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < PERIODS_DAYS.length; i++) {
            temperaturePhases[i] = random.nextDouble() * 2 * Math.PI;
            cloudPhases[i] = random.nextDouble() * 2 * Math.PI;
        }
    }

    @Override
    public OutdoorConditions at(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        double yearFraction = (local.getDayOfYear() - 1 + secondOfDay(local) / 86_400.0) / local.toLocalDate().lengthOfYear();
        double days = instant.getEpochSecond() / 86_400.0;
        double cloudiness = wave(days, cloudPhases) / 2.0;                 // about -1 (overcast) .. +1 (clear)
        double temperatureAnomaly = 2.5 * wave(days, temperaturePhases) / 2.0;
        double range = dailyRange.at(yearFraction) * (1 + 0.25 * cloudiness);
        double hour = secondOfDay(local) / 3600.0;
        double dryBulb = dailyMean.at(yearFraction) + temperatureAnomaly + range / 2 * Math.cos(2 * Math.PI * (hour - 14.5) / 24);
        double dew = dewPoint.at(yearFraction) + 0.7 * temperatureAnomaly - 0.8 * cloudiness;
        dew = Math.min(dew, dryBulb - 0.3);
        double clearnessIndex = Math.max(0.08, Math.min(0.75, clearness.at(yearFraction) * (1 + 0.35 * cloudiness)));
        double irradiance = clearnessIndex * sun.extraterrestrialHorizontalWm2(instant);
        return OutdoorConditions.of(dryBulb, dew, irradiance, Psychrometrics.STANDARD_PRESSURE_PA);
    }

    @Override
    public String description() {
        return "synthetic climate calibrated to " + normals.source();
    }

    /** Sum of the four slow sinusoids: between -4 and 4, standard deviation about 1.4. */
    private static double wave(double days, double[] phases) {
        double sum = 0;
        for (int i = 0; i < PERIODS_DAYS.length; i++) {
            sum += Math.sin(2 * Math.PI * days / PERIODS_DAYS[i] + phases[i]);
        }
        return sum;
    }

    private static double secondOfDay(ZonedDateTime local) {
        return local.toLocalTime().toSecondOfDay() + local.getNano() / 1e9;
    }
}
