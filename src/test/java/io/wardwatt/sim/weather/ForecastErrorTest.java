package io.wardwatt.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ForecastErrorTest {

    private static final Instant FIRST_ISSUE = Instant.parse("2025-07-01T00:00:00Z");
    private static final int ISSUES = 4_000;

    @Test
    void theSpreadOverManyIssuesIsTheDocumentedOneAndGrowsWithTheLead() {
        for (int lead : new int[] {1, 24, 48, 72}) {
            // 4,000 issues, successive ones independent: a standard deviation within about 2 % (1/sqrt(2n)).
            assertEquals(ForecastError.temperatureSdK(lead), spread(lead, ForecastError::temperatureK), 0.07 * ForecastError.temperatureSdK(lead),
                    "temperature, lead " + lead);
            assertEquals(ForecastError.humiditySdPct(lead), spread(lead, ForecastError::humidityPct), 0.07 * ForecastError.humiditySdPct(lead),
                    "humidity, lead " + lead);
            assertEquals(ForecastError.cloudSd(lead), spread(lead, ForecastError::cloudFraction), 0.07 * ForecastError.cloudSd(lead),
                    "cloud, lead " + lead);
            assertEquals(0, mean(lead, ForecastError::temperatureK), 0.1 * ForecastError.temperatureSdK(lead), "unbiased, lead " + lead);
        }
        assertTrue(spread(48, ForecastError::temperatureK) > 2.5 * spread(1, ForecastError::temperatureK));
        assertEquals(0.84, ForecastError.temperatureSdK(1), 1e-12);
        assertEquals(2.72, ForecastError.temperatureSdK(48), 1e-12);
    }

    @Test
    void oneIssuesErrorsFollowEachOtherFromHourToHour() {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < ISSUES; i++) {
            List<ForecastError> errors = ForecastError.ofIssue(20250721, FIRST_ISSUE.plus(Duration.ofHours(i)), 25);
            double a = errors.get(23).temperatureK() / ForecastError.temperatureSdK(24);
            double b = errors.get(24).temperatureK() / ForecastError.temperatureSdK(25);
            sum += a * b;
            squares += a * a;
        }
        assertEquals(Math.exp(-1 / ForecastError.CORRELATION_HOURS), sum / squares, 0.03, "lag-1 correlation");
    }

    @Test
    void theSameIssueHourGivesTheSameErrorsAndALongerForecastOnlyAddsHours() {
        Instant issue = Instant.parse("2025-07-21T06:00:00Z");
        List<ForecastError> day = ForecastError.ofIssue(7, issue, 24);
        List<ForecastError> threeDays = ForecastError.ofIssue(7, issue, 72);
        assertEquals(day, threeDays.subList(0, 24));
        assertEquals(threeDays, ForecastError.ofIssue(7, issue, 72));
        assertNotEquals(threeDays, ForecastError.ofIssue(7, issue.plus(Duration.ofHours(1)), 72), "the next hour's issue");
        assertNotEquals(threeDays, ForecastError.ofIssue(8, issue, 72), "another seed");
    }

    @Test
    void theIrradianceFactorKeepsNightDarkAndStaysWithinTwice() {
        assertEquals(0, new ForecastError(0, 0, -1.7).irradianceFactor());
        assertEquals(2, new ForecastError(0, 0, 1.3).irradianceFactor());
        assertEquals(1.25, new ForecastError(0, 0, 0.25).irradianceFactor(), 1e-12);
    }

    private static double spread(int lead, ToDoubleFunction<ForecastError> quantity) {
        double mean = mean(lead, quantity);
        double squares = 0;
        for (int i = 0; i < ISSUES; i++) {
            double d = quantity.applyAsDouble(errorAt(i, lead)) - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (ISSUES - 1));
    }

    private static double mean(int lead, ToDoubleFunction<ForecastError> quantity) {
        double sum = 0;
        for (int i = 0; i < ISSUES; i++) {
            sum += quantity.applyAsDouble(errorAt(i, lead));
        }
        return sum / ISSUES;
    }

    private static ForecastError errorAt(int issue, int lead) {
        return ForecastError.ofIssue(20250721, FIRST_ISSUE.plus(Duration.ofHours(issue)), lead).get(lead - 1);
    }
}
