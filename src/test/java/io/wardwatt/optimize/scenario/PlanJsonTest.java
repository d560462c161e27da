package io.wardwatt.optimize.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.optimize.BaselinePlan;
import io.wardwatt.optimize.ChillerDispatch;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlanBound;
import io.wardwatt.optimize.PlanSaving;
import io.wardwatt.optimize.PlanTotals;
import io.wardwatt.optimize.PlannedSlot;
import io.wardwatt.optimize.PumpState;
import io.wardwatt.optimize.SolverStatistics;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private static PlannedSlot slot(int index, double chillerKw) {
        return new PlannedSlot(index, LocalDateTime.of(2026, 7, 16, 13, 0).plusMinutes(30L * index), "critical-peak", 8123.456,
                7.25, chillerKw + 80.04, chillerKw, 80.04, 1234.5678, 987.654,
                List.of(new ChillerDispatch("CH1", true, 0.61234, 4061.728, chillerKw / 2), new ChillerDispatch("CH2", true, 0.61234, 4061.728,
                        chillerKw / 2), new ChillerDispatch("CH3", false, 0, 0, 0)),
                List.of(new PumpState("SCHWP-Z1-1", true, 0.87654, 40.04), new PumpState("SCHWP-Z1-2", false, 0, 0)),
                List.of("spare capacity (N+1)"));
    }

    private static DayPlan plan() {
        PlanTotals totals = new PlanTotals(12345.678, 11000.04, 1345.638, 9876.5432, 6789.012, 3, 9880.0449);
        PlanTotals baseline = new PlanTotals(13000.01, 11500, 1500.01, 10500.555, 7150.3, 2, 10500.555);
        return new DayPlan("demo-hospital 2026-07-16", LocalDateTime.of(2026, 7, 16, 13, 0), 30, true, List.of(),
                List.of("supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)"),
                List.of(slot(0, 1400.06), slot(1, 1399.94)), totals,
                new BaselinePlan("conventional sequencing", List.of("slot 3: minimum run time CH2"), List.of(slot(0, 1500.0)), baseline),
                new PlanSaving(654.332, 5.0333, 624.0118, 5.9426, 361.288, 5.9111), new PlanBound("per-slot relaxation", 9850.123, 0.30488),
                new SolverStatistics(812, 4321, 5133, "0hard/-9880044soft", 123456, "unimproved 2 s", 7));
    }

    @Test
    void numbersAreRoundedByTheirUnitAndDatesAreIso() throws Exception {
        JsonNode json = new ObjectMapper().readTree(PlanJson.write(plan()));
        assertEquals("2026-07-16T13:00:00", json.get("start").asText());
        JsonNode slot = json.get("slots").get(1);
        assertEquals("2026-07-16T13:30:00", slot.get("start").asText());
        assertEquals(8123.5, slot.get("loadKw").doubleValue());
        assertEquals(7.25, slot.get("supplySetpointC").doubleValue());
        assertEquals(1234.57, slot.get("costCny").doubleValue());
        assertEquals(987.7, slot.get("carbonKg").doubleValue());
        JsonNode chiller = slot.get("chillers").get(0);
        assertEquals(0.612, chiller.get("plr").doubleValue());
        assertEquals(4061.7, chiller.get("loadKw").doubleValue());
        assertEquals(700.0, chiller.get("powerKw").doubleValue());
        assertEquals(0.877, slot.get("pumps").get(0).get("speedFraction").doubleValue());
        assertEquals(12345.7, json.get("totals").get("energyKwh").doubleValue());
        assertEquals(9880.04, json.get("totals").get("objective").doubleValue());
        assertEquals(3, json.get("totals").get("starts").intValue());
        assertEquals(0.3, json.get("bound").get("gapPercent").doubleValue());
        assertEquals(5.94, json.get("saving").get("costPercent").doubleValue());
        assertEquals(4321, json.get("solver").get("solveMillis").longValue());
        assertEquals("spare capacity (N+1)", slot.get("binding").get(0).asText());
    }

    @Test
    void aWrittenPlanReadsBackAndWritesTheSameText() {
        String once = PlanJson.write(plan());
        DayPlan back = PlanJson.read(once);
        assertEquals(once, PlanJson.write(back));
        assertEquals(plan().name(), back.name());
        assertEquals(plan().slots().get(0).chillers().size(), back.slots().get(0).chillers().size());
        assertEquals(List.of("slot 3: minimum run time CH2"), back.baseline().violations());
        assertEquals(1400.1, back.slots().get(0).chillerPowerKw());
    }

    @Test
    void aPlanStoredBeforePlansRecordedTheirLimitsReadsWithNone() throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode stored = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(PlanJson.write(plan()));
        assertEquals("supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)", stored.get("limits").get(0).asText());
        stored.remove("limits");
        assertEquals(List.of(), PlanJson.read(json.writeValueAsString(stored)).limits());
    }

    @Test
    void theWeatherAndTowerFiguresAreRoundedByTheirUnitAndAPlanStoredWithoutThemReadsWithNone() throws Exception {
        PlannedSlot towers = new PlannedSlot(0, LocalDateTime.of(2026, 7, 16, 6, 0), "valley", 7261.04, 7.0, 1702.74, 1284.46, 389.04,
                510.82, 936.51, List.of(new ChillerDispatch("CH1", true, 0.5, 1800, 300)), List.of(), List.of("tower cells at full speed"),
                34.1, 30.4456, 31.98765, 5, 0.54123, 29.2468);
        PlanTotals totals = new PlanTotals(1702.74, 1284.46, 389.04, 510.82, 936.51, 0, 510.82, 29.2468);
        DayPlan plan = new DayPlan("towers", LocalDateTime.of(2026, 7, 16, 6, 0), 30, true, List.of(), List.of(), List.of(towers), totals,
                new BaselinePlan("conventional sequencing", List.of(), List.of(towers), totals), new PlanSaving(0, 0, 0, 0, 0, 0),
                new PlanBound("per-slot relaxation", 510.82, 0), new SolverStatistics(1, 1, 2, "0hard/0soft", 1, "done", 0));
        String written = PlanJson.write(plan);
        JsonNode slot = new ObjectMapper().readTree(written).get("slots").get(0);
        assertEquals(30.45, slot.get("wetBulbC").doubleValue());
        assertEquals(31.99, slot.get("condenserSetpointC").doubleValue());
        assertEquals(5, slot.get("towerCells").intValue());
        assertEquals(0.541, slot.get("towerFanSpeedFraction").doubleValue());
        assertEquals(29.2, slot.get("towerPowerKw").doubleValue());
        assertEquals(29.2, new ObjectMapper().readTree(written).get("totals").get("towerEnergyKwh").doubleValue());
        assertEquals(written, PlanJson.write(PlanJson.read(written)));

        // A plan stored before plans had weather and towers: no weather, no condenser water, no tower figures.
        com.fasterxml.jackson.databind.node.ObjectNode stored = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(PlanJson.write(plan()));
        for (JsonNode oldSlot : stored.get("slots")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) oldSlot).remove(List.of("dryBulbC", "wetBulbC", "condenserSetpointC", "towerCells",
                    "towerFanSpeedFraction", "towerPowerKw"));
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) stored.get("totals")).remove("towerEnergyKwh");
        DayPlan old = PlanJson.read(new ObjectMapper().writeValueAsString(stored));
        assertEquals(null, old.slots().get(0).wetBulbC());
        assertEquals(null, old.slots().get(0).condenserSetpointC());
        assertEquals(0, old.slots().get(0).towerPowerKw());
        assertEquals(0, old.totals().towerEnergyKwh());
    }

    @Test
    void somethingElseIsNotAPlan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanJson.read("{\"slots\": 3}"));
        assertTrue(e.getMessage().startsWith("not a plan"), e.getMessage());
    }
}
