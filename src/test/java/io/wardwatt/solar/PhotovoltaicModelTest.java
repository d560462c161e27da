package io.wardwatt.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.sim.energy.PhotovoltaicArray;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.SyntheticClimate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The PV forecast against an independent "real plant": the simulator's own PV array (its NOCT model on the
 * horizontal irradiance, a flat 86 % for inverter and system, clipping at 440 kW) metered hour by hour through a
 * synthetic Shanghai year. The forecast sees only what a forecast would: the clock time, GHI and dry bulb.
 */
class PhotovoltaicModelTest {

    private static final int YEAR = 2025;

    @Test
    void aFittedFlatArrayFollowsTheMeterHourByHourThroughAYear() {
        ScaleFactorFit fit = fitYear(0);
        // The two models differ in the inverter's part-load curve, the glass's reflection of a low sun and the
        // cells' temperature; the scale factor takes up the constant part of the losses (0.86 against 0.86 × 0.96).
        assertTrue(fit.cvRmsePercent() <= 5, fit.toString());
        assertEquals(0, fit.nmbePercent(), 2.0, fit.toString());
        assertEquals(1.0, fit.factor(), 0.1, "the simulator's 14 % losses are the model's; the rest is the inverter");
        assertTrue(fit.samples() > 4000, "a Shanghai year has about 4,400 daylight hours");
    }

    @Test
    void theRoofArrayAtFiveDegreesFitsTheHorizontalMeterWithinTheSameBound() {
        // the demo hospital's modules lie at 5° facing south; the simulator treats them as horizontal
        ScaleFactorFit fit = fitYear(5);
        assertTrue(fit.cvRmsePercent() <= 5, fit.toString());
        assertTrue(fit.factor() < fitYear(0).factor(), "a south tilt gathers more than the horizontal, so the meter scales it down");
    }

    @Test
    void theInvertersLimitCapsTheOutputAndNightGivesNothing() {
        PhotovoltaicModel model = new PhotovoltaicModel(system(5, 1.0));
        assertEquals(0, model.acKw(LocalDateTime.of(2025, 7, 16, 2, 0), 0, 28));
        PhotovoltaicModel oversized = new PhotovoltaicModel(new PhotovoltaicDefinition("PV", 480, 200, 5, 180, 31.4, 121.45, 8, -0.0037, 45,
                0.14, 1.0));
        PhotovoltaicModel.Output noon = oversized.at(LocalDateTime.of(2025, 7, 16, 12, 0), 950, 33);
        assertEquals(200, noon.acKw(), 1e-9);
        assertTrue(noon.unclippedAcKw() > 300);
        // a hotter cell gives less: 480 kWp × (−0.0037/K) × 10 K ≈ −18 kW DC at 1,000 W/m²
        double cool = model.acKw(LocalDateTime.of(2025, 5, 16, 12, 0), 900, 20);
        double hot = model.acKw(LocalDateTime.of(2025, 5, 16, 12, 0), 900, 30);
        assertEquals(0.037 * cool, cool - hot, 0.004 * cool);
    }

    private ScaleFactorFit fitYear(double tiltDeg) {
        SyntheticClimate climate = new SyntheticClimate(ClimateNormals.SHANGHAI, 11);
        PhotovoltaicArray meter = new PhotovoltaicArray(480, 440, 0);
        PhotovoltaicModel model = new PhotovoltaicModel(system(tiltDeg, 1.0));
        LocalDateTime first = LocalDateTime.of(YEAR, 1, 1, 0, 30);
        int hours = first.toLocalDate().lengthOfYear() * 24;
        double[] metered = new double[hours];
        double[] modelled = new double[hours];
        for (int h = 0; h < hours; h++) {
            // the middle of each hour: what an hourly mean is best represented by
            LocalDateTime local = first.plusHours(h);
            OutdoorConditions outdoor = climate.at(local.toInstant(ZoneOffset.ofHours(8)));
            metered[h] = meter.outputKw(outdoor);
            modelled[h] = model.at(local, outdoor.globalHorizontalWm2(), outdoor.dryBulbC()).unclippedAcKw();
        }
        return ScaleFactorFit.fit(metered, modelled, 440);
    }

    private static PhotovoltaicDefinition system(double tiltDeg, double scale) {
        return new PhotovoltaicDefinition("PV-INV", 480, 440, tiltDeg, 180, 31.40, 121.45, 8, -0.0037, 45, 0.14, scale);
    }
}
