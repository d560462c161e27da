package io.wardwatt.optimize.replan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.optimize.DayProblem;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlantStateReckoningTest {

    @Test
    void sinceWhenAndStartsComeFromThePlanSoFarAndALiveDisagreementIsTakenAsNow() {
        DayProblem approved = RestOfDayTest.approved(); // hourly from 08:00, every chiller off and free before
        LocalDateTime now = LocalDateTime.parse("2026-07-15T11:20");
        List<Set<String>> planned = List.of(Set.of("CH1"), Set.of("CH1", "CH2"), Set.of("CH1"), Set.of("CH1", "CH2"));
        MeasuredPlantState state = PlantStateReckoning.reckon(approved, planned, now,
                Map.of("CH1", new PlantStateReckoning.LiveRun(true, null), "CH3", new PlantStateReckoning.LiveRun(true, null)), Double.NaN);
        assertEquals(List.of(
                new MeasuredPlantState.Chiller("CH1", true, LocalDateTime.parse("2026-07-15T08:00"), 1),
                new MeasuredPlantState.Chiller("CH2", true, LocalDateTime.parse("2026-07-15T11:00"), 2),
                new MeasuredPlantState.Chiller("CH3", true, now, 1)), state.chillers(),
                "CH3 runs though the plan has it off: started now, as far as anyone knows, and a start is used");
        assertThrows(IllegalArgumentException.class, () -> PlantStateReckoning.reckon(approved, List.of(), now, Map.of(), Double.NaN));
    }

    @Test
    void eachRevisionRevisesTheForecastFromItsFirstSlot() {
        double[] inForce = ForecastInForce.of(new double[] {1, 2, 3, 4}, List.of(new ForecastInForce.Revised(1, new double[] {20, 30, 40}),
                new ForecastInForce.Revised(3, new double[] {400})));
        assertArrayEquals(new double[] {1, 20, 30, 400}, inForce, 0);
        assertThrows(IllegalArgumentException.class, () -> ForecastInForce.of(new double[] {1, 2}, List.of(new ForecastInForce.Revised(0, new double[] {1}))));
    }
}
