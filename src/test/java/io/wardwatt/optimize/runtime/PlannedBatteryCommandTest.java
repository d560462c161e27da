package io.wardwatt.optimize.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.SiteSlot;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The battery's command of a slot as the stored plan's JSON carries it ({@code site.batteryId},
 * {@code site.slots[].batteryKw}), and no command wherever the plan says nothing about the battery.
 */
class PlannedBatteryCommandTest {

    /** Three slots of a plan with a site part, as the contract lays it out (the slots listed out of order on purpose). */
    static final String WITH_SITE = """
            {"name": "day", "slotMinutes": 60, "slots": [{"index": 0}, {"index": 1}, {"index": 2}, {"index": 3}],
             "site": {"batteryId": "BESS", "slots": [
               {"index": 1, "otherKw": 2100.0, "pvKw": 310.5, "batteryKw": -250.0, "stateOfChargeKwh": 640.0},
               {"index": 0, "otherKw": 2000.0, "pvKw": 0.0, "batteryKw": 180.5, "stateOfChargeKwh": 500.0},
               {"index": 2, "otherKw": 2000.0, "pvKw": 0.0, "batteryKw": 0.0},
               {"index": 3, "otherKw": 2000.0, "pvKw": 0.0}]}}
            """;

    @Test
    void eachSlotGetsItsOwnBatteryPowerByIndex() {
        assertEquals(new SlotInForce.BatteryCommand("BESS", 180.5), ApprovedPlanLookup.batteryCommand(WITH_SITE, 0), "discharge");
        assertEquals(new SlotInForce.BatteryCommand("BESS", -250.0), ApprovedPlanLookup.batteryCommand(WITH_SITE, 1), "charge");
        assertEquals(new SlotInForce.BatteryCommand("BESS", 0.0), ApprovedPlanLookup.batteryCommand(WITH_SITE, 2),
                "held idle by the plan is a command too");
    }

    @Test
    void noBatteryPowerNoSlotNoBatteryOrNoSitePartMeansNoCommand() {
        assertNull(ApprovedPlanLookup.batteryCommand(WITH_SITE, 3), "the slot has no batteryKw");
        assertNull(ApprovedPlanLookup.batteryCommand(WITH_SITE, 4), "the site part has no such slot");
        assertNull(ApprovedPlanLookup.batteryCommand(WITH_SITE.replace("\"batteryId\": \"BESS\", ", ""), 0), "no battery named");
        assertNull(ApprovedPlanLookup.batteryCommand(WITH_SITE.replace("\"batteryId\": \"BESS\"", "\"batteryId\": \" \""), 0));
        assertNull(ApprovedPlanLookup.batteryCommand("{\"name\": \"day\", \"slots\": [{\"index\": 0}]}", 0), "a plan stored before plans had a site part");
        assertNull(ApprovedPlanLookup.batteryCommand("{\"name\": \"day\", \"slots\": [{\"index\": 0}], \"site\": null}", 0), "no site, PV or battery");
        assertNull(ApprovedPlanLookup.batteryCommand(WITH_SITE.replace("\"batteryKw\": 180.5", "\"batteryKw\": \"180.5\""), 0), "not a number");
    }

    /** A real plan of the demo summer day, stored as the service stores it: control reads each slot's planned battery power. */
    @Test
    void aPlanOfTheDemoDayCommandsTheBatteryItPlans() {
        var scenario = ScenarioReader.readFile(Path.of("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json"));
        DayPlan plan = new DayPlanner().plan(scenario.problem(), new SolverSettings(Duration.ofSeconds(60), Duration.ofSeconds(60), 0, 20_000));
        String stored = PlanJson.write(plan);
        assertEquals("BESS", plan.site().batteryId());
        boolean charges = false;
        boolean discharges = false;
        for (SiteSlot slot : plan.site().slots()) {
            SlotInForce.BatteryCommand command = ApprovedPlanLookup.batteryCommand(stored, slot.index());
            assertEquals("BESS", command.id());
            assertEquals(slot.batteryKw(), command.powerKw(), 0.05, "slot " + slot.index());
            charges |= command.powerKw() < 0;
            discharges |= command.powerKw() > 0;
        }
        assertTrue(charges && discharges, "a summer day's plan both charges and discharges the battery");
    }
}
