package io.wardwatt.optimize.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wardwatt.optimize.SlotInForce;
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
}
