package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.optimize.PlanScenarios.json;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The year's tally on a site of its own: two plans of past days put in force (a past day cannot be approved through the
 * API, so the life cycle row is written as the approval would have), one measured over every slot, one with a slot
 * unmeasured.
 */
@QuarkusTest
class PlantSavingsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Test
    void theTallyIsTheBaselineOnTheMeasuredLoadMinusTheMeasuredEnergyOverFullyMeasuredPlans() {
        String site = TestUsers.unique("SAV").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Savings test " + site, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        for (String code : List.of("CHW.KWH", "CHP.KWH")) {
            engineer().contentType(ContentType.JSON).body(Map.of("code", code, "name", code, "unit", "kWh", "kind", "COUNTER",
                    "rolloverValue", 99999999.9)).post("/api/sites/" + site + "/points").then().statusCode(201);
        }
        // Before any plan: nothing covered, an honest zero.
        JsonPath empty = leader().queryParam("year", 2024).get("/api/sites/" + site + "/plant-savings").then().statusCode(200).extract().jsonPath();
        assertEquals(0, empty.getInt("daysCovered"));
        assertEquals(366, empty.getInt("daysElapsed"));
        assertEquals(650_000, empty.getDouble("targetKwh"), 1e-9);

        String measured = plan(site, "2024-05-14");
        String partly = plan(site, "2024-05-15");
        RawReadingFixtures fixtures = new RawReadingFixtures(dataSource);
        int cooling = pointId(fixtures, site, "CHW.KWH");
        int plant = pointId(fixtures, site, "CHP.KWH");
        JsonPath plan = leader().get(PlanApi.path(measured)).then().statusCode(200).extract().jsonPath();
        double[] load = new double[4];
        double[] power = new double[4];
        for (int s = 0; s < 4; s++) {
            load[s] = plan.getDouble("plan.slots[" + s + "].loadKw") * (s == 1 ? 1.2 : 1);
            power[s] = plan.getDouble("plan.slots[" + s + "].powerKw") * (s == 2 ? 1.3 : 1);
        }
        List<Object> coolingItems = counter("2024-05-14", 50_000, load);
        List<Object> plantItems = counter("2024-05-14", 20_000, power);
        double[] three = {load[0], load[1], load[2]};
        // The next day's registers go on from where they stood (flat overnight), its last slot unread.
        coolingItems.addAll(counter("2024-05-15", (double) coolingItems.get(coolingItems.size() - 1), three));
        plantItems.addAll(counter("2024-05-15", (double) plantItems.get(plantItems.size() - 1), new double[] {power[0], power[1], power[2]}));
        fixtures.batch(cooling, coolingItems.toArray());
        fixtures.batch(plant, plantItems.toArray());
        fixtures.rollUp(rollups, cooling, plant);
        approvedInThePast(measured, site, "2024-05-14");
        approvedInThePast(partly, site, "2024-05-15");

        anonymous().queryParam("year", 2024).get("/api/sites/" + site + "/plant-savings").then().statusCode(401);
        reporter().queryParam("year", 2024).get("/api/sites/" + site + "/plant-savings").then().statusCode(403);
        auditor().queryParam("year", 2024).get("/api/sites/" + site + "/plant-savings").then().statusCode(200);
        leader().queryParam("year", 2024).queryParam("format", "xml").get("/api/sites/" + site + "/plant-savings").then().statusCode(400);

        JsonPath actual = leader().get(PlanApi.path(measured) + "/actual").then().statusCode(200).extract().jsonPath();
        assertEquals(0, actual.getInt("comparison.totals.slotsWithoutData"));
        double baselineKwh = 0;
        for (int s = 0; s < 4; s++) {
            baselineKwh += actual.getDouble("comparison.slots[" + s + "].baseline.plantKw");
        }
        double measuredKwh = power[0] + power[1] + power[2] + power[3];
        // The tally counts the calibrated baseline: the model's conventional sequencing times the day's factor, taken over slots
        // 0, 1 and 3 (slot 2 drew 30 % more than planned at the forecast load: off plan).
        double factor = actual.getDouble("comparison.totals.calibrationFactor");
        assertEquals(3, actual.getInt("comparison.totals.calibrationSlots"));
        double modelled = 0;
        double modelBaselineKwh = 0;
        for (int s : new int[] {0, 1, 3}) {
            modelled += actual.getDouble("comparison.slots[" + s + "].modelled.plantKw");
        }
        for (int s = 0; s < 4; s++) {
            modelBaselineKwh += actual.getDouble("comparison.slots[" + s + "].modelBaseline.plantKw");
        }
        assertEquals((power[0] + power[1] + power[3]) / modelled, factor, 1e-4);
        assertEquals(factor * modelBaselineKwh, baselineKwh, 0.05);

        JsonPath tally = leader().queryParam("year", 2024).get("/api/sites/" + site + "/plant-savings").then().statusCode(200).extract().jsonPath();
        assertEquals(2024, tally.getInt("year"));
        assertEquals(1, tally.getInt("daysCovered"), "the plan with an unmeasured slot is not covered");
        assertEquals(100.0 / 366, tally.getDouble("sharePercent"), 1e-4);
        assertEquals(baselineKwh, tally.getDouble("saved.baselineKwh"), 0.05);
        assertEquals(measuredKwh, tally.getDouble("saved.measuredKwh"), 0.05);
        assertEquals(baselineKwh - measuredKwh, tally.getDouble("saved.savedKwh"), 0.05, "calibrated conventional re-run minus measured");
        assertEquals(actual.getDouble("comparison.totals.measuredSavingCny"), tally.getDouble("saved.savedCny"), 0.01);
        double savedKg = 0;
        for (int s = 0; s < 4; s++) {
            // The plan's own carbon intensity of the slot: its planned carbon over its planned energy (hourly slots).
            double intensity = plan.getDouble("plan.slots[" + s + "].carbonKg") / plan.getDouble("plan.slots[" + s + "].powerKw");
            savedKg += (actual.getDouble("comparison.slots[" + s + "].baseline.plantKw") - power[s]) * intensity;
        }
        assertEquals(savedKg / 1000, tally.getDouble("saved.savedTco2"), 1e-5);
        assertEquals("2024-05", tally.getString("months[4].month"));
        assertEquals(1, tally.getInt("months[4].daysCovered"));
        assertEquals(31, tally.getInt("months[4].daysElapsed"));
        assertEquals(baselineKwh - measuredKwh, tally.getDouble("months[4].saved.savedKwh"), 0.05);
        assertEquals(0, tally.getInt("months[3].daysCovered"));
        assertEquals(List.of("2024-05-14", "2024-05-15"), tally.getList("days.date"));
        assertEquals(List.of(true, false), tally.getList("days.covered"));
        assertEquals(factor, tally.getDouble("days[0].calibrationFactor"), 1e-4);
        assertEquals(0.0, tally.getDouble("days[1].saved.savedKwh"));
        assertNull(tally.get("months[0].saved.nothing"));

        // CSV equals JSON.
        String csv = leader().queryParam("year", 2024).queryParam("format", "csv").get("/api/sites/" + site + "/plant-savings").then()
                .statusCode(200).extract().asString();
        String[] lines = csv.strip().split("\n");
        assertEquals(14, lines.length);
        assertEquals("period,daysElapsed,daysCovered,sharePercent,baselineKwh,measuredKwh,savedKwh,savedCny,savedTco2,cumulativeSavedKwh,targetKwh",
                lines[0]);
        String[] may = lines[5].split(",");
        assertEquals("2024-05", may[0]);
        assertEquals(tally.getInt("months[4].daysCovered"), Integer.parseInt(may[2]));
        assertEquals(tally.getDouble("months[4].saved.savedKwh"), Double.parseDouble(may[6]), 1e-3);
        assertEquals(tally.getDouble("months[4].saved.savedCny"), Double.parseDouble(may[7]), 1e-3);
        assertEquals(tally.getDouble("months[4].saved.savedTco2"), Double.parseDouble(may[8]), 1e-6);
        String[] year = lines[13].split(",");
        assertEquals("year", year[0]);
        assertEquals(tally.getDouble("saved.savedKwh"), Double.parseDouble(year[6]), 1e-3);
        assertEquals(tally.getDouble("targetKwh"), Double.parseDouble(year[10]), 1e-9);
        assertFalse(csv.contains("null"));
    }

    private static String plan(String site, String day) {
        Map<String, Object> scenario = new LinkedHashMap<>(threeChillers(4, 60, 0));
        scenario.put("start", day + "T08:00");
        String id = engineer().contentType(ContentType.JSON).pathParam("site", site).body(json(scenario)).post("/api/sites/{site}/plans")
                .then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(id);
        return id;
    }

    private void approvedInThePast(String id, String site, String day) {
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement(
                "insert into plan_lifecycle (plan_id, site, plan_date, state, mode) values (?, ?, ?, 'approved', 'advisory')")) {
            insert.setObject(1, UUID.fromString(id));
            insert.setString(2, site);
            insert.setObject(3, LocalDate.parse(day));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Alternating instants and register values every quarter hour from 08:00 local, each slot's energy spread evenly. */
    private static List<Object> counter(String day, double first, double[] kwPerSlot) {
        List<Object> items = new ArrayList<>();
        Instant t = LocalDateTime.parse(day + "T08:00").atZone(ZONE).toInstant();
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
        return items;
    }

    private static int pointId(RawReadingFixtures fixtures, String site, String code) {
        return (int) fixtures.number("select p.id from point p join site s on s.id = p.site_id where s.code = ? and p.code = ?", site, code);
    }
}
