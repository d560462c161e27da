package io.wardwatt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 0.2, 0);

    @Test
    void theWaitDoublesAfterEachAttemptUpToTheMaximum() {
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(1, 0));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(2, 0));
        assertEquals(Duration.ofMinutes(256), policy.delayAfter(9, 0));
        assertEquals(Duration.ofHours(6), policy.delayAfter(10, 0), "512 minutes is above the 6 h maximum");
        assertEquals(Duration.ofHours(6), policy.delayAfter(10_000, 0), "no overflow however many attempts");
    }

    @Test
    void jitterTakesUpToItsFractionOffAndNeverAddsToTheMaximum() {
        assertEquals(Duration.ofSeconds(48), policy.delayAfter(1, 1.0), "60 s less 20 %");
        assertEquals(Duration.ofSeconds(54), policy.delayAfter(1, 0.5));
        assertTrue(policy.delayAfter(100, 0.999).compareTo(Duration.ofHours(6)) <= 0);
    }

    @Test
    void attemptsRunOutOnlyWithALimit() {
        assertFalse(policy.exhausted(1_000_000));
        RetryPolicy limited = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 0, 3);
        assertFalse(limited.exhausted(2));
        assertTrue(limited.exhausted(3));
    }

    @Test
    void anImpossiblePolicyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(10), Duration.ofMinutes(1), 0.2, 0));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 0.2, -1));
    }
}
