package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.plans.PvMeterCalibration.MeteredHour;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.solar.PhotovoltaicModel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calibration on made-up meter histories: a meter that reads a known share of the model's output, with noise, gives
 * that share back; too short a history keeps the plant file's factor.
 */
class PvMeterCalibrationTest {

    /** The demo's array (the plant file's photovoltaic section), already carrying a factor the fit must not start from. */
    private static final PhotovoltaicDefinition ARRAY = new PhotovoltaicDefinition("PV-INV", 480, 440, 5, 180, 31.40, 121.45, 8, -0.0037, 45,
            0.14, 1.1);

    /** Clear mornings, hazy afternoons: GHI from a sine between 06:00 and 18:00 local, its height varying by day. */
    private static List<MeteredHour> history(int days, double share, double noise, long seed) {
        PhotovoltaicModel unscaled = new PhotovoltaicModel(ARRAY.withScaleFactor(1.0));
        Random random = new Random(seed);
        List<MeteredHour> hours = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2025, 6, 1, 0, 0);
        for (int d = 0; d < days; d++) {
            double clearness = 0.5 + 0.5 * ((d * 7) % 5) / 4.0;
            for (int h = 0; h < 24; h++) {
                LocalDateTime start = first.plusDays(d).plusHours(h);
                double ghi = Math.max(0, 950 * clearness * Math.sin(Math.PI * (h + 0.5 - 6) / 12));
                double air = 24 + 6 * Math.sin(Math.PI * (h - 9) / 12);
                double modelled = unscaled.at(start.plusMinutes(30), ghi, air).unclippedAcKw();
                // Night hours read a little from the inverters' standby draw going the other way: noise around 0.
                double metered = Math.max(0, share * modelled * (1 + noise * random.nextGaussian()) + (modelled == 0 ? 0.2 * random.nextDouble() : 0));
                hours.add(new MeteredHour(start.toInstant(ZoneOffset.ofHours(8)), metered, ghi, air));
            }
        }
        return hours;
    }

    @Test
    void aMeterReadingNinetyPercentOfTheModelGivesAFactorOfPointNine() {
        PvMeterCalibration.Calibration fit = PvMeterCalibration.fit(ARRAY, history(28, 0.9, 0.02, 7), 7, 50);
        assertTrue(fit.fitted(), fit.source());
        assertEquals(0.9, fit.factor(), 0.01, fit.source());
        assertTrue(fit.cvRmsePercent() < 4, "2 % noise leaves a small CV(RMSE): " + fit.source());
        assertTrue(Math.abs(fit.nmbePercent()) < 1, fit.source());
        assertEquals(28, fit.days());
        // Daylight at the hour's middle in June, Shanghai: 05:30 to 18:30 local, 14 hours; nights are not counted.
        assertTrue(fit.hours() >= 28 * 12 && fit.hours() <= 28 * 14, fit.hours() + " daylight hours");
        assertTrue(fit.source().startsWith("fitted to the PV meter: " + fit.hours() + " daylight hours on 28 days"), fit.source());
    }

    @Test
    void tooShortAHistoryKeepsThePlantFilesFactorAndSaysWhy() {
        PvMeterCalibration.Calibration fit = PvMeterCalibration.fit(ARRAY, history(5, 0.9, 0.02, 3), 7, 50);
        assertFalse(fit.fitted());
        assertEquals(1.1, fit.factor());
        assertNull(fit.cvRmsePercent());
        assertEquals(5, fit.days());
        assertTrue(fit.source().startsWith("the plant file's 1.1000: only " + fit.hours() + " daylight hours with complete data on 5 days (a fit "
                + "needs 50 hours on 7 days)"), fit.source());
        assertFalse(PvMeterCalibration.fit(ARRAY, history(10, 0.9, 0.02, 3), 7, 500).fitted(), "10 days of ~13 daylight hours are not 500");
    }

    @Test
    void aFitOutsideThePlantFilesRangeIsNotBelieved() {
        // A meter on one inverter of ten, or in the wrong unit: a tenth of the model.
        PvMeterCalibration.Calibration low = PvMeterCalibration.fit(ARRAY, history(10, 0.1, 0.02, 5), 7, 50);
        assertFalse(low.fitted(), low.source());
        assertEquals(1.1, low.factor());
        assertTrue(low.source().contains("the fit gave 0.10"), low.source());
        // A meter in Wh taken for kWh reads beyond the inverters' limit every daylight hour: nothing is left to fit.
        PvMeterCalibration.Calibration clipped = PvMeterCalibration.fit(ARRAY, history(10, 900, 0.02, 5), 7, 50);
        assertFalse(clipped.fitted(), clipped.source());
        assertEquals(1.1, clipped.factor());
    }

    @Test
    void noHoursNoFit() {
        PvMeterCalibration.Calibration fit = PvMeterCalibration.fit(ARRAY, List.of(new MeteredHour(Instant.parse("2025-06-01T16:00:00Z"), 0, 0, 20)),
                7, 50);
        assertFalse(fit.fitted());
        assertEquals(0, fit.hours(), "midnight local is no daylight hour");
    }
}
