package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.optimize.PlanScenarios.json;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plan against actual on a site of its own (so no other test's readings of the same meters reach into the day): a
 * plan of four hourly slots, and BTU-meter and plant sub-meter readings made up for three of them.
 */
@QuarkusTest
class PlanActualTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String DAY = "2024-05-14";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Test
    void eachSlotIsSetAgainstTheMeasuredLoadAndPowerWithTheBaselineOnTheMeasuredLoad() {
        String site = TestUsers.unique("ACT").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Actual test " + site, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        for (String code : List.of("CHW.KWH", "CHP.KWH")) {
            engineer().contentType(ContentType.JSON).body(Map.of("code", code, "name", code, "unit", "kWh", "kind", "COUNTER",
                    "rolloverValue", 99999999.9)).post("/api/sites/" + site + "/points").then().statusCode(201);
        }

        Map<String, Object> scenario = new LinkedHashMap<>(threeChillers(4, 60, 0));
        scenario.put("start", DAY + "T08:00");
        String id = engineer().contentType(ContentType.JSON).pathParam("site", site).body(json(scenario)).post("/api/sites/{site}/plans")
                .then().statusCode(202).extract().jsonPath().getString("id");
        JsonPath plan = awaitDone(id);

        // Before any reading: every slot lacks data, and nothing is summed.
        leader().get(PlanApi.path(id) + "/actual").then().statusCode(200)
                .body("comparison.totals.slotsWithData", equalTo(0)).body("comparison.slots[0].deviations[0].cause", equalTo("no-data"));

        double[] plannedLoad = new double[4];
        double[] plannedKw = new double[4];
        for (int s = 0; s < 4; s++) {
            plannedLoad[s] = plan.getDouble("plan.slots[" + s + "].loadKw");
            plannedKw[s] = plan.getDouble("plan.slots[" + s + "].powerKw");
        }
        // Slot 0 as planned; slot 1: 20 % more load than forecast; slot 2: the forecast load at 50 % more power; slot 3: no readings.
        double[] load = {plannedLoad[0], plannedLoad[1] * 1.2, plannedLoad[2]};
        double[] power = {plannedKw[0], plannedKw[1] * 1.2, plannedKw[2] * 1.5};
        RawReadingFixtures fixtures = new RawReadingFixtures(dataSource);
        int cooling = pointId(fixtures, site, "CHW.KWH");
        int plant = pointId(fixtures, site, "CHP.KWH");
        fixtures.batch(cooling, counter(50_000, load));
        fixtures.batch(plant, counter(20_000, power));
        fixtures.rollUp(rollups, cooling, plant);

        anonymous().get(PlanApi.path(id) + "/actual").then().statusCode(401);
        reporter().get(PlanApi.path(id) + "/actual").then().statusCode(403);
        auditor().get(PlanApi.path(id) + "/actual").then().statusCode(200);
        JsonPath actual = leader().get(PlanApi.path(id) + "/actual").then().statusCode(200).extract().jsonPath();
        assertEquals(site + "/CHW.KWH", actual.getString("coolingPoint"));
        assertEquals(site + "/CHP.KWH", actual.getString("plantPoint"));

        // The factor: metered over the model's plan as operated, over slots 0 and 1 (slot 2 ran off plan, slot 3 has no data).
        double factor = actual.getDouble("comparison.totals.calibrationFactor");
        assertEquals(2, actual.getInt("comparison.totals.calibrationSlots"));
        assertEquals(plannedKw[0], actual.getDouble("comparison.slots[0].modelled.plantKw"), 0.05, "at the forecast load the model gives the plan");
        assertEquals((power[0] + power[1]) / (actual.getDouble("comparison.slots[0].modelled.plantKw")
                + actual.getDouble("comparison.slots[1].modelled.plantKw")), factor, 1e-4);
        assertTrue(actual.getString("comparison.baselineMethod").contains("calibrated"), actual.getString("comparison.baselineMethod"));
        double measuredCost = 0;
        double baselineCost = 0;
        for (int s = 0; s < 3; s++) {
            String slot = "comparison.slots[" + s + "]";
            assertEquals(plannedLoad[s], actual.getDouble(slot + ".planned.loadKw"), 1e-9);
            assertEquals(load[s], actual.getDouble(slot + ".measured.loadKw"), 1e-3, slot);
            assertEquals(power[s], actual.getDouble(slot + ".measured.plantKw"), 1e-3, slot);
            assertEquals(power[s] / (load[s] / 3.517), actual.getDouble(slot + ".measured.kwPerRt"), 1e-4, slot + " kW/RT");
            // The plan's price of the slot: its cost over its energy.
            double price = plan.getDouble("plan.slots[" + s + "].costCny") / plannedKw[s];
            assertEquals(power[s] * price, actual.getDouble(slot + ".measured.costCny"), 0.05, slot + " cost");
            assertEquals(load[s], actual.getDouble(slot + ".baseline.loadKw"), 1e-3, slot + ": the baseline carries the measured load");
            assertEquals(factor * actual.getDouble(slot + ".modelBaseline.plantKw"), actual.getDouble(slot + ".baseline.plantKw"), 1e-3,
                    slot + ": the baseline is the model's, calibrated");
            double saving = actual.getDouble(slot + ".baseline.costCny") - actual.getDouble(slot + ".measured.costCny");
            assertEquals(saving, actual.getDouble(slot + ".savingCny"), 0.01, "JSON numbers are read as floats");
            measuredCost += actual.getDouble(slot + ".measured.costCny");
            baselineCost += actual.getDouble(slot + ".baseline.costCny");
        }
        // Where the load was as forecast, the model's baseline on it is the plan's own baseline of that slot.
        assertEquals(plan.getDouble("plan.baseline.slots[0].powerKw"), actual.getDouble("comparison.slots[0].modelBaseline.plantKw"), 0.05);
        assertTrue(actual.getDouble("comparison.slots[1].modelBaseline.plantKw") > plan.getDouble("plan.baseline.slots[1].powerKw"),
                "20 % more load costs the baseline more power");

        assertEquals(List.of(), actual.getList("comparison.slots[0].deviations"));
        assertEquals(List.of("forecast-error"), actual.getList("comparison.slots[1].deviations.cause"));
        assertTrue(actual.getString("comparison.slots[1].deviations[0].detail").contains("+20.0 %"),
                actual.getString("comparison.slots[1].deviations[0].detail"));
        assertEquals(List.of("plant-off-plan"), actual.getList("comparison.slots[2].deviations.cause"));
        assertEquals(List.of("no-data"), actual.getList("comparison.slots[3].deviations.cause"));

        // What plant control recorded names the cause: an engineer's override in slot 2, a device fault from slot 3 on.
        java.time.Instant slot2 = java.time.LocalDate.parse(DAY).atTime(10, 15).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        try (var c = dataSource.getConnection(); var override = c.prepareStatement("insert into control_override (id, site, device, point, kind, "
                + "priority, value, starts_at, expires_at, created_by, comment) values (gen_random_uuid(), ?, 'CH2', 'CHWST_SP', "
                + "'SUPPLY_SETPOINT', 8, 6.0, ?, ?, 'ann', 'theatre humidity')"); var fault = c.prepareStatement("insert into control_fault "
                + "(site, device, raised_at, reason) values (?, 'CH3', ?, 'CH3.ENABLE read back 1.0, not 0.0')")) {
            override.setString(1, site);
            override.setTimestamp(2, java.sql.Timestamp.from(slot2));
            override.setTimestamp(3, java.sql.Timestamp.from(slot2.plusSeconds(1800)));
            override.executeUpdate();
            fault.setString(1, site);
            fault.setTimestamp(2, java.sql.Timestamp.from(slot2.plusSeconds(3600)));
            fault.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        JsonPath explained = leader().get(PlanApi.path(id) + "/actual").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), explained.getList("comparison.slots[1].deviations.cause").stream().filter(c -> !c.equals("forecast-error")).toList());
        assertEquals(List.of("plant-off-plan", "override"), explained.getList("comparison.slots[2].deviations.cause"));
        assertTrue(explained.getString("comparison.slots[2].deviations[1].detail").contains("CH2.CHWST_SP = 6.0 at level 8 by ann: theatre humidity"),
                explained.getString("comparison.slots[2].deviations[1].detail"));
        assertEquals(List.of("no-data", "equipment-fault"), explained.getList("comparison.slots[3].deviations.cause"));
        assertEquals(factor, explained.getDouble("comparison.totals.calibrationFactor"), 1e-9, "slot 2 was already out of the factor");
        assertNull(actual.get("comparison.slots[3].measured"));
        assertNull(actual.get("comparison.slots[3].savingCny"));

        assertEquals(3, actual.getInt("comparison.totals.slotsWithData"));
        assertEquals(1, actual.getInt("comparison.totals.slotsWithoutData"));
        assertEquals(measuredCost, actual.getDouble("comparison.totals.measuredCostCny"), 0.01);
        assertEquals(baselineCost, actual.getDouble("comparison.totals.baselineCostCny"), 0.01);
        assertEquals(baselineCost - measuredCost, actual.getDouble("comparison.totals.measuredSavingCny"), 0.01);
        assertEquals(load[0] + load[1] + load[2], actual.getDouble("comparison.totals.measuredCoolingKwh"), 1);
        assertTrue(actual.getString("comparison.baselineMethod").contains("measured load"));
    }

    @Test
    void aPlanWithoutAPlanOrADateHasNoActual() {
        leader().get(PlanApi.path(java.util.UUID.randomUUID()) + "/actual").then().statusCode(404);
        Map<String, Object> undated = new LinkedHashMap<>(threeChillers(4, 60, 0));
        undated.remove("start");
        String id = engineer().contentType(ContentType.JSON).body(json(undated)).post("/api/sites/HOSP/plans").then().statusCode(202)
                .extract().jsonPath().getString("id");
        awaitDone(id);
        leader().get(PlanApi.path(id) + "/actual").then().statusCode(409).body("error", containsString("no date"));
    }

    /** Alternating instants and register values every quarter hour from 08:00 local, each slot's energy spread evenly. */
    private static Object[] counter(double first, double[] kwPerSlot) {
        List<Object> items = new ArrayList<>();
        Instant t = LocalDateTime.parse(DAY + "T08:00").atZone(ZONE).toInstant();
        double value = first;
        items.add(t.toString());
        items.add(value);
        for (double kw : kwPerSlot) {
            for (int q = 0; q < 4; q++) {
                t = t.plusSeconds(900);
                value += kw / 4;
                items.add(t.toString());
                items.add(value);
            }
        }
        return items.toArray();
    }

    private static int pointId(RawReadingFixtures fixtures, String site, String code) {
        return (int) fixtures.number("select p.id from point p join site s on s.id = p.site_id where s.code = ? and p.code = ?", site, code);
    }
}
