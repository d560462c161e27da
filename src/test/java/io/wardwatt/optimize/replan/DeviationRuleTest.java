package io.wardwatt.optimize.replan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeviationRuleTest {

    @Test
    void aDeviationMustExceedBothTheShareAndTheMinimumKw() {
        DeviationRule rule = new DeviationRule(0.15, Duration.ofMinutes(45), 150, Duration.ofHours(1), Duration.ofMinutes(30), Duration.ofHours(2));
        assertTrue(rule.deviates(2400, 2000), "20 % and 400 kW above");
        assertTrue(rule.deviates(1600, 2000), "20 % below");
        assertFalse(rule.deviates(2200, 2000), "10 % is within the share");
        assertFalse(rule.deviates(400, 300), "33 % of a night load, but only 100 kW");
    }

    @Test
    void everyBadValueIsNamedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DeviationRule(1.5, Duration.ZERO, -1, Duration.ofMinutes(-5), Duration.ZERO, null));
        for (String name : new String[] {"share", "sustained", "minimumKw", "minimumInterval", "longestGap", "correctionHalfLife"}) {
            assertTrue(e.getMessage().contains(name + " must"), e.getMessage());
        }
        assertEquals(6, DeviationRule.problems(1.5, Duration.ZERO, -1, Duration.ofMinutes(-5), Duration.ZERO, null).size());
        assertTrue(DeviationRule.problems(0.15, Duration.ofMinutes(45), 150, Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(2)).isEmpty(),
                "no minimum interval is allowed");
    }
}
