package io.wardwatt.sim.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TotalizerTest {

    @Test
    void aRateHeldOverStepsAddsRateTimesTime() {
        Totalizer kwh = new Totalizer(100.0);

        for (int s = 0; s < 3_600; s++) {
            kwh.add(1_200.0, 1.0);
        }
        kwh.add(600.0, 1_800.0);
        kwh.add(-50, 10);
        kwh.add(500, 0);

        assertEquals(100.0 + 1_200.0 + 300.0, kwh.total(), 1e-9);
    }

    @Test
    void noiseIsSmallBoundedAndRepeatable() {
        MeasurementNoise noise = new MeasurementNoise(3);

        for (long second = 0; second < 1_000; second++) {
            double d = noise.deviation("CH1.CHWST", second, 0.05);
            assertEquals(d, new MeasurementNoise(3).deviation("CH1.CHWST", second, 0.05));
            assertEquals(0, d, 0.05);
        }
    }
}
