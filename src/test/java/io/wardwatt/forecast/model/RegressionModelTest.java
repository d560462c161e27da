package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RegressionModelTest {

    @Test
    void recoversTheCoefficientsOfALinearLaw() {
        Random random = new Random(7);
        double[] beta = {50, -3, 0.8, 12};
        double[][] x = new double[600][];
        double[] y = new double[600];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {1, 20 * random.nextDouble(), 300 * random.nextDouble(), random.nextBoolean() ? 1 : 0};
            for (int j = 0; j < beta.length; j++) {
                y[i] += beta[j] * x[i][j];
            }
            y[i] += 0.5 * random.nextGaussian();
        }
        assertArrayEquals(beta, RegressionModel.fit(x, y).coefficients(), 0.1);
    }

    /** A holiday indicator with no holiday in the window: the fit stays defined and leaves that column at 0. */
    @Test
    void anEmptyColumnGetsNoWeight() {
        double[][] x = new double[50][];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = new double[] {1, i, 0};
            y[i] = 10 + 2 * i;
        }
        double[] fitted = RegressionModel.fit(x, y).coefficients();
        assertEquals(10, fitted[0], 1e-3);
        assertEquals(2, fitted[1], 1e-4);
        assertEquals(0, fitted[2], 1e-12);
    }
}
