package io.wardwatt.optimize.replan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadCorrectionTest {

    @Test
    void theObservedDeviationHalvesEveryHalfLife() {
        LoadCorrection correction = new LoadCorrection(1.2, Duration.ofHours(2));
        assertEquals(1.2, correction.factor(Duration.ZERO), 1e-12);
        assertEquals(1.1, correction.factor(Duration.ofHours(2)), 1e-12);
        assertEquals(1.05, correction.factor(Duration.ofHours(4)), 1e-12);
        // Hourly slots, the first beginning 30 min after the observation: corrected at 1 h, 2 h, 3 h ahead.
        double[] corrected = correction.apply(new double[] {1000, 1000, 2000}, Duration.ofMinutes(30), 60);
        assertArrayEquals(new double[] {1000 * (1 + 0.2 / Math.sqrt(2)), 1100, 2000 * (1 + 0.2 / Math.pow(2, 1.5))}, corrected, 1e-9);
    }

    @Test
    void anImplausibleRatioIsHeldToItsBounds() {
        assertEquals(LoadCorrection.HIGHEST_RATIO, new LoadCorrection(3.5, Duration.ofHours(2)).ratio());
        assertEquals(LoadCorrection.LOWEST_RATIO, new LoadCorrection(0.1, Duration.ofHours(2)).ratio());
        assertArrayEquals(new double[] {800}, LoadCorrection.none(Duration.ofHours(1)).apply(new double[] {800}, Duration.ZERO, 15), 0);
    }
}
