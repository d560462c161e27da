package io.wardwatt.optimize.replan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.PlanScenarios;
import io.wardwatt.optimize.SlotConditions;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestOfDayTest {

    /** Twelve hourly slots from 08:00, three chillers, N+1. */
    static DayProblem approved() {
        return ScenarioReader.read(PlanScenarios.json(PlanScenarios.threeChillers(12, 60, 1)), "approved.json", null).problem();
    }

    static MeasuredPlantState measuredAt(LocalDateTime at) {
        return new MeasuredPlantState(at, List.of(
                new MeasuredPlantState.Chiller("CH1", true, LocalDateTime.parse("2026-07-15T06:10"), 1),
                new MeasuredPlantState.Chiller("CH2", true, LocalDateTime.parse("2026-07-15T11:05"), 2),
                new MeasuredPlantState.Chiller("CH3", false, LocalDateTime.parse("2026-07-15T10:00"), 1)), Double.NaN);
    }

    @Test
    void theRestOfTheDayBeginsAtTheNextSlotFromTheMeasuredState() {
        DayProblem approved = approved();
        LocalDateTime now = LocalDateTime.parse("2026-07-15T11:20");
        RestOfDay rest = RestOfDay.of(approved, measuredAt(now), new LoadCorrection(1.2, Duration.ofHours(2)));
        assertEquals(4, rest.firstSlot(), "12:00 is the first slot after 11:20");
        DayProblem problem = rest.problem();
        assertEquals(LocalDateTime.parse("2026-07-15T12:00"), problem.start());
        assertEquals(8, problem.slots().size());
        assertEquals(approved.rules(), problem.rules());
        assertEquals(List.of(
                new InitialChillerState("CH1", true, 5, 1),
                new InitialChillerState("CH2", true, 1, 2),
                new InitialChillerState("CH3", false, 2, 1)), problem.initialState(),
                "whole slots in state by 12:00 (CH2 on for 55 min counts one), starts used today as measured");
        double[] forecast = approved.slots().subList(4, 12).stream().mapToDouble(SlotConditions::loadKw).toArray();
        assertArrayEquals(forecast, rest.forecastKw(), 0);
        for (int k = 0; k < forecast.length; k++) {
            double ahead = 40 / 60.0 + k + 0.5;
            assertEquals(forecast[k] * (1 + 0.2 * Math.pow(2, -ahead / 2)), problem.slots().get(k).loadKw(), 1e-9);
            assertEquals(approved.slots().get(4 + k).pricePerKwh(), problem.slots().get(k).pricePerKwh(), 0);
        }
    }

    @Test
    void aStateThatCannotCarryTheRestOfTheDayIsRefusedWithItsReason() {
        DayProblem approved = approved();
        assertEquals(-1, RestOfDay.nextSlot(approved, LocalDateTime.parse("2026-07-15T19:00")), "the last slot began at 19:00");
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> RestOfDay.of(approved, measuredAt(LocalDateTime.parse("2026-07-15T19:30")), LoadCorrection.none(Duration.ofHours(2))));
        assertTrue(over.getMessage().contains("nothing is left to re-plan"), over.getMessage());
        MeasuredPlantState twoChillers = new MeasuredPlantState(LocalDateTime.parse("2026-07-15T11:20"),
                measuredAt(LocalDateTime.parse("2026-07-15T11:20")).chillers().subList(0, 2), Double.NaN);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> RestOfDay.of(approved, twoChillers, LoadCorrection.none(Duration.ofHours(2))));
        assertTrue(missing.getMessage().contains("chiller CH3"), missing.getMessage());
        IllegalArgumentException future = assertThrows(IllegalArgumentException.class,
                () -> measuredAt(LocalDateTime.parse("2026-07-15T10:30")));
        assertTrue(future.getMessage().contains("CH2 is on since 2026-07-15T11:05, after the measurement"), future.getMessage());
    }
}
