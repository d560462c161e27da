package io.wardwatt.site.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.site.ReadingsFixture;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PointResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    PointDirectory directory;

    private String site;

    private String points() {
        return "/api/sites/" + site + "/points";
    }

    static Map<String, Object> counter(String code, String device, String space) {
        Map<String, Object> point = new HashMap<>();
        point.put("code", code);
        point.put("name", "Energy " + code);
        point.put("unit", "kWh");
        point.put("kind", "COUNTER");
        point.put("rolloverValue", 99999999.9);
        point.put("carrier", "electricity");
        point.put("device", device);
        point.put("space", space);
        point.put("tags", List.of("main", "grid"));
        return point;
    }

    private int create(Map<String, Object> point) {
        return engineer().contentType(ContentType.JSON).body(point).post(points()).then().statusCode(201).extract().path("id");
    }

    @BeforeEach
    void aSiteWithTwoMetersInTwoRooms() {
        site = SiteResourceTest.createSite();
        for (String room : List.of("SWG", "BOILER")) {
            engineer().contentType(ContentType.JSON).body(SpaceResourceTest.space(room, "SPACE_UNIT", null, 100.0))
                    .post("/api/sites/" + site + "/spaces").then().statusCode(201);
        }
        engineer().contentType(ContentType.JSON).body(DeviceResourceTest.device("INC1", "SWG")).post("/api/sites/" + site + "/devices").then().statusCode(201);
        engineer().contentType(ContentType.JSON).body(DeviceResourceTest.device("GAS", "BOILER")).post("/api/sites/" + site + "/devices").then().statusCode(201);
    }

    @Test
    void pointsAreCreatedByEngineersAndAdminsWithTheirTags() {
        Map<String, Object> kwh = counter("INC1.KWH", "INC1", "SWG");
        anonymous().contentType(ContentType.JSON).body(kwh).post(points()).then().statusCode(401);
        leader().contentType(ContentType.JSON).body(kwh).post(points()).then().statusCode(403);
        auditor().contentType(ContentType.JSON).body(kwh).post(points()).then().statusCode(403);
        engineer().contentType(ContentType.JSON).body(kwh).post(points()).then().statusCode(201)
                .header("Location", endsWith(points() + "/INC1.KWH"))
                .body("id", notNullValue())
                .body("key", equalTo(site + "/INC1.KWH"))
                .body("carrier", equalTo("electricity"))
                .body("rolloverValue", equalTo(99999999.9f))
                .body("tags", contains("main", "grid"));
        admin().contentType(ContentType.JSON).body(Map.of("code", "INC1.KW", "name", "Power", "unit", "kW", "kind", "value", "device", "INC1"))
                .post(points()).then().statusCode(201).body("kind", equalTo("VALUE")).body("carrier", nullValue()).body("tags.size()", equalTo(0));
        anonymous().get(points() + "/INC1.KWH").then().statusCode(401);
        leader().get(points() + "/INC1.KWH").then().statusCode(200).body("tags", contains("main", "grid")).body("device", equalTo("INC1"));
        leader().get(points() + "/NOPE").then().statusCode(404);
        engineer().contentType(ContentType.JSON).body(kwh).post(points()).then().statusCode(409);
    }

    @Test
    void badPointsAreRefusedWithEveryProblemNamed() {
        Map<String, Object> bad = counter("P1", "NO-METER", "NO-ROOM");
        bad.remove("rolloverValue");
        bad.put("unit", "kW");
        engineer().contentType(ContentType.JSON).body(bad).post(points()).then().statusCode(400)
                .body("problems.where", containsInAnyOrder("unit", "rolloverValue"));
        Map<String, Object> dangling = counter("P1", "NO-METER", "NO-ROOM");
        engineer().contentType(ContentType.JSON).body(dangling).post(points()).then().statusCode(400)
                .body("problems.where", contains("device", "space"))
                .body("problems[0].problem", equalTo("there is no device 'NO-METER' in site '" + site + "'"));
        Map<String, Object> value = counter("P2", null, null);
        value.put("kind", "VALUE");
        value.put("carrier", null);
        engineer().contentType(ContentType.JSON).body(value).post(points()).then().statusCode(400)
                .body("problems[0].where", equalTo("rolloverValue"))
                .body("problems[0].problem", equalTo("only a COUNTER wraps: leave it out for a VALUE point"));
        leader().get(points()).then().body("size()", equalTo(0));
    }

    @Test
    void aSubMetersParentMeterIsCheckedAndKeptWhileItHasSubMeters() {
        create(counter("INC1.KWH", "INC1", "SWG"));
        Map<String, Object> sub = counter("CHP.KWH", null, "BOILER");
        sub.put("parentMeter", "NOPE.KWH");
        engineer().contentType(ContentType.JSON).body(sub).post(points()).then().statusCode(400)
                .body("problems.where", contains("parentMeter"))
                .body("problems[0].problem", equalTo("there is no point 'NOPE.KWH' in site '" + site + "'"));
        Map<String, Object> gas = counter("GAS.M3", "GAS", "BOILER");
        gas.put("unit", "m3");
        gas.put("carrier", "natural_gas");
        gas.put("parentMeter", "INC1.KWH");
        engineer().contentType(ContentType.JSON).body(gas).post(points()).then().statusCode(400)
                .body("problems[0].problem", startsWith("parent meter INC1.KWH measures electricity, this meter natural_gas"));
        sub.put("parentMeter", "INC1.KWH");
        create(sub);
        engineer().get(points() + "/CHP.KWH").then().statusCode(200).body("parentMeter", equalTo("INC1.KWH")).body("flow", equalTo("consumption"));
        Map<String, Object> loop = counter("INC1.KWH", "INC1", "SWG");
        loop.put("parentMeter", "CHP.KWH");
        engineer().contentType(ContentType.JSON).body(loop).put(points() + "/INC1.KWH").then().statusCode(400)
                .body("problems[0].problem", equalTo("the parent meters go round in a cycle: INC1.KWH -> CHP.KWH -> INC1.KWH"));
        engineer().delete(points() + "/INC1.KWH").then().statusCode(409)
                .body("error", containsString("is the parent meter of CHP.KWH"));
    }

    @Test
    void pointsAreFilteredByKindCarrierDeviceSpaceAndTag() {
        create(counter("INC1.KWH", "INC1", "SWG"));
        create(Map.of("code", "INC1.KW", "name", "Power", "unit", "kW", "kind", "VALUE", "device", "INC1", "space", "SWG", "tags", List.of("grid")));
        Map<String, Object> gas = counter("GAS.M3", "GAS", "BOILER");
        gas.put("unit", "m3");
        gas.put("carrier", "natural_gas");
        gas.put("tags", List.of("main", "fuel"));
        create(gas);
        leader().get(points()).then().body("code", contains("GAS.M3", "INC1.KW", "INC1.KWH"));
        leader().queryParam("kind", "counter").get(points()).then().body("code", contains("GAS.M3", "INC1.KWH"));
        leader().queryParam("carrier", "natural_gas").get(points()).then().body("code", contains("GAS.M3"));
        leader().queryParam("device", "INC1").get(points()).then().body("code", contains("INC1.KW", "INC1.KWH"));
        leader().queryParam("space", "BOILER").get(points()).then().body("code", contains("GAS.M3"));
        leader().queryParam("tag", "main").get(points()).then().body("code", contains("GAS.M3", "INC1.KWH"));
        leader().queryParam("tag", "grid").queryParam("kind", "VALUE").get(points()).then().body("code", contains("INC1.KW"));
        leader().queryParam("tag", "none").get(points()).then().body("size()", equalTo(0));
        // text is found in the code or the name, in any case; % and _ are plain characters
        leader().queryParam("q", "inc1").get(points()).then().body("code", contains("INC1.KW", "INC1.KWH"));
        leader().queryParam("q", "POWER").get(points()).then().body("code", contains("INC1.KW"));
        leader().queryParam("q", "kw").queryParam("kind", "COUNTER").get(points()).then().body("code", contains("INC1.KWH"));
        leader().queryParam("q", "%").get(points()).then().body("size()", equalTo(0));
        leader().queryParam("q", " ").get(points()).then().body("size()", equalTo(3));
        leader().queryParam("kind", "sum").queryParam("carrier", "coal").queryParam("device", "X").get(points()).then().statusCode(400)
                .body("problems.where", contains("kind", "carrier", "device"));
        leader().get("/api/sites/NO-SUCH-SITE/points").then().statusCode(404);
    }

    @Test
    void aPointFetchedCanBeChangedAndSentBackAndTheChangeIsAuditedAndSeenByTheDirectory() {
        create(counter("INC1.KWH", "INC1", "SWG"));
        assertEquals(99999999.9, directory.byKey(site, "INC1.KWH").map(MeasurementPoint::rolloverValue).orElseThrow());
        Map<String, Object> fetched = leader().get(points() + "/INC1.KWH").then().extract().as(Map.class);
        fetched.put("rolloverValue", 9999999.9);
        fetched.put("tags", List.of("main"));
        leader().contentType(ContentType.JSON).body(fetched).put(points() + "/INC1.KWH").then().statusCode(403);
        anonymous().contentType(ContentType.JSON).body(fetched).put(points() + "/INC1.KWH").then().statusCode(401);
        engineer().contentType(ContentType.JSON).body(fetched).put(points() + "/INC1.KWH").then().statusCode(200)
                .body("rolloverValue", equalTo(9999999.9f)).body("tags", contains("main")).body("id", equalTo(fetched.get("id")));
        assertEquals(9999999.9, directory.byKey(site, "INC1.KWH").map(MeasurementPoint::rolloverValue).orElseThrow(),
                "the directory forgot its cached entry after the change committed");
        auditor().queryParam("entityType", "point").queryParam("entityId", site + "/INC1.KWH").get("/api/audit").then()
                .body("action", contains("update", "create"))
                .body("[0].actor", equalTo("engineer"))
                .body("[0].before.rolloverValue", equalTo(99999999.9f))
                .body("[0].before.tags", contains("main", "grid"))
                .body("[0].after.rolloverValue", equalTo(9999999.9f))
                .body("[0].after.tags", contains("main"));
    }

    @Test
    void aPointWithReadingsKeepsItsKindAndUnitAndIsNotDeleted() {
        int id = create(counter("INC1.KWH", "INC1", "SWG"));
        new ReadingsFixture(dataSource).readingFor(id);
        Map<String, Object> toMwh = counter("INC1.KWH", "INC1", "SWG");
        toMwh.put("unit", "MWh");
        engineer().contentType(ContentType.JSON).body(toMwh).put(points() + "/INC1.KWH").then().statusCode(409)
                .body("error", equalTo("Point 'INC1.KWH' has readings: changing its unit kWh -> MWh would corrupt its history; create a new point instead"));
        Map<String, Object> toValue = counter("INC1.KWH", "INC1", "SWG");
        toValue.put("kind", "VALUE");
        toValue.remove("rolloverValue");
        engineer().contentType(ContentType.JSON).body(toValue).put(points() + "/INC1.KWH").then().statusCode(409);
        Map<String, Object> renamed = counter("INC1.KWH", "INC1", "SWG");
        renamed.put("name", "Incomer 1 import");
        engineer().contentType(ContentType.JSON).body(renamed).put(points() + "/INC1.KWH").then().statusCode(200); // other fields may change
        anonymous().delete(points() + "/INC1.KWH").then().statusCode(401);
        leader().delete(points() + "/INC1.KWH").then().statusCode(403);
        engineer().delete(points() + "/INC1.KWH").then().statusCode(409)
                .body("error", equalTo("Point 'INC1.KWH' of site '" + site + "' has readings; a point with history is kept (the carbon ledger must stay recomputable)"));
        leader().get(points() + "/INC1.KWH").then().statusCode(200).body("unit", equalTo("kWh")).body("kind", equalTo("COUNTER"));
    }

    @Test
    void aPointWithoutReadingsIsDeletedAndTheDeletionAudited() {
        Map<String, Object> kwh = counter("INC1.KWH", "INC1", "SWG");
        create(kwh);
        kwh.put("unit", "MWh"); // without readings kind and unit may change
        engineer().contentType(ContentType.JSON).body(kwh).put(points() + "/INC1.KWH").then().statusCode(200).body("unit", equalTo("MWh"));
        admin().delete(points() + "/INC1.KWH").then().statusCode(204);
        leader().get(points() + "/INC1.KWH").then().statusCode(404);
        assertEquals(java.util.Optional.empty(), directory.byKey(site, "INC1.KWH"));
        auditor().queryParam("entityType", "point").queryParam("entityId", site + "/INC1.KWH").get("/api/audit").then()
                .body("action", contains("delete", "update", "create"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].before.unit", equalTo("MWh"))
                .body("[0].after", nullValue());
    }
}
