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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpaceResourceTest {

    private String site;

    static Map<String, Object> space(String code, String level, String parent, Double area) {
        Map<String, Object> space = new HashMap<>();
        space.put("code", code);
        space.put("name", "Space " + code);
        space.put("level", level);
        space.put("parent", parent);
        space.put("areaM2", area);
        return space;
    }

    private void create(Map<String, Object> space) {
        engineer().contentType(ContentType.JSON).body(space).post(spaces()).then().statusCode(201);
    }

    private String spaces() {
        return "/api/sites/" + site + "/spaces";
    }

    @BeforeEach
    void aSiteWithABuildingAndAFloor() {
        site = SiteResourceTest.createSite();
        create(space("CAMPUS", "CAMPUS", null, null));
        create(space("B1", "BUILDING", "CAMPUS", 5000.0));
        create(space("B1-F1", "FLOOR", "B1", 1000.0));
    }

    @Test
    void readsNeedALogin() {
        anonymous().get(spaces()).then().statusCode(401);
        anonymous().get(spaces() + "/B1").then().statusCode(401);
        anonymous().get(spaces() + "/B1/tree").then().statusCode(401);
        leader().get(spaces()).then().statusCode(200).body("code", contains("CAMPUS", "B1", "B1-F1"));
        auditor().get(spaces() + "/B1-F1").then().statusCode(200)
                .body("level", equalTo("FLOOR")).body("parent", equalTo("B1")).body("areaM2", equalTo(1000.0f));
    }

    @Test
    void onlyEngineersAndAdminsCreateSpaces() {
        Map<String, Object> icu = space("ICU", "DEPARTMENT", "B1-F1", 600.0);
        anonymous().contentType(ContentType.JSON).body(icu).post(spaces()).then().statusCode(401);
        leader().contentType(ContentType.JSON).body(icu).post(spaces()).then().statusCode(403);
        auditor().contentType(ContentType.JSON).body(icu).post(spaces()).then().statusCode(403);
        admin().contentType(ContentType.JSON).body(icu).post(spaces()).then().statusCode(201)
                .header("Location", endsWith(spaces() + "/ICU"))
                .body("code", equalTo("ICU")).body("parent", equalTo("B1-F1"));
        engineer().contentType(ContentType.JSON).body(space("ICU-1", "space_unit", "ICU", 30.0)).post(spaces()).then().statusCode(201)
                .body("level", equalTo("SPACE_UNIT"));
        engineer().contentType(ContentType.JSON).body(space("ICU", "DEPARTMENT", "B1-F1", 1.0)).post(spaces()).then().statusCode(409);
    }

    @Test
    void theTreeCountsSpaceUnitsAndSumsTheirAreas() {
        create(space("ICU", "DEPARTMENT", "B1-F1", 600.0));
        create(space("ICU-1", "SPACE_UNIT", "ICU", 30.0));
        create(space("ICU-2", "SPACE_UNIT", "ICU", 32.5));
        create(space("STORE", "SPACE_UNIT", "B1-F1", 12.0)); // a unit straight on a floor: levels may be skipped
        leader().get(spaces() + "/B1/tree").then().statusCode(200)
                .body("code", equalTo("B1"))
                .body("areaM2", equalTo(5000.0f))
                .body("spaceUnits", equalTo(3))
                .body("spaceUnitAreaM2", equalTo(74.5f))
                .body("children[0].code", equalTo("B1-F1"))
                .body("children[0].children.code", contains("ICU", "STORE"))
                .body("children[0].children[0].spaceUnitAreaM2", equalTo(62.5f))
                .body("children[0].children[0].children.code", contains("ICU-1", "ICU-2"));
        leader().get(spaces() + "/NOPE/tree").then().statusCode(404);
    }

    @Test
    void theHierarchyIsEnforced() {
        engineer().contentType(ContentType.JSON).body(space("F2", "FLOOR", "B1-F1", null)).post(spaces()).then().statusCode(400)
                .body("problems[0].where", equalTo("parent"))
                .body("problems[0].problem", startsWith("a FLOOR cannot be inside FLOOR 'B1-F1'"));
        engineer().contentType(ContentType.JSON).body(space("F2", "FLOOR", "GHOST", null)).post(spaces()).then().statusCode(400)
                .body("problems[0].where", equalTo("parent"))
                .body("problems[0].problem", equalTo("there is no space 'GHOST' in site '" + site + "'"));
        engineer().contentType(ContentType.JSON).body(space("C2", "CAMPUS", "B1", null)).post(spaces()).then().statusCode(400)
                .body("problems[0].problem", containsString("a CAMPUS is the outermost level"));
        engineer().contentType(ContentType.JSON).body(space("BIG", "SPACE_UNIT", "B1-F1", 1500.0)).post(spaces()).then().statusCode(400)
                .body("problems[0].where", equalTo("areaM2"))
                .body("problems[0].problem", equalTo("space 'B1-F1': the spaces inside it add up to 1500.0 m² (largest: BIG 1500.0), "
                        + "more than its own 1000.0 m²"));
        engineer().contentType(ContentType.JSON).body(Map.of("code", "X", "level", "ROOM", "areaM2", "big")).post(spaces()).then().statusCode(400)
                .body("problems.where", containsInAnyOrder("name", "level", "areaM2"));
        leader().get(spaces()).then().body("code", contains("CAMPUS", "B1", "B1-F1"));
    }

    @Test
    void aLevelChangeThatStrandsTheChildrenIsRefused() {
        Map<String, Object> downgrade = space("B1", "SPACE_UNIT", "CAMPUS", 5000.0);
        engineer().contentType(ContentType.JSON).body(downgrade).put(spaces() + "/B1").then().statusCode(400)
                .body("problems[0].where", equalTo("level"))
                .body("problems[0].problem", startsWith("space 'B1-F1': a FLOOR cannot be inside SPACE_UNIT 'B1'"));
        leader().get(spaces() + "/B1").then().body("level", equalTo("BUILDING"));
    }

    @Test
    void updatesAreAuditedWithBeforeAndAfter() {
        Map<String, Object> change = space("B1-F1", "FLOOR", "B1", 1200.0);
        change.put("name", "Ground floor");
        leader().contentType(ContentType.JSON).body(change).put(spaces() + "/B1-F1").then().statusCode(403);
        engineer().contentType(ContentType.JSON).body(change).put(spaces() + "/B1-F1").then().statusCode(200)
                .body("name", equalTo("Ground floor")).body("areaM2", equalTo(1200.0f));
        engineer().contentType(ContentType.JSON).body(change).put(spaces() + "/B1-F1").then().statusCode(200); // the same again: no entry
        engineer().contentType(ContentType.JSON).body(change).put(spaces() + "/NOPE").then().statusCode(400); // code differs from the path
        engineer().contentType(ContentType.JSON).body(space("NOPE", "FLOOR", "B1", null)).put(spaces() + "/NOPE").then().statusCode(404);
        auditor().queryParam("entityType", "space").queryParam("entityId", site + "/B1-F1").get("/api/audit").then().statusCode(200)
                .body("action", contains("update", "create"))
                .body("[0].actor", equalTo("engineer"))
                .body("[0].before.name", equalTo("Space B1-F1"))
                .body("[0].before.areaM2", equalTo(1000.0f))
                .body("[0].after.name", equalTo("Ground floor"))
                .body("[0].after.areaM2", equalTo(1200.0f));
    }

    @Test
    void aSpaceThatHoldsSomethingIsNotDeleted() {
        create(space("ICU", "DEPARTMENT", "B1-F1", 600.0));
        engineer().contentType(ContentType.JSON).body(Map.of("code", "M1", "name", "Meter", "kind", "meter", "space", "ICU"))
                .post("/api/sites/" + site + "/devices").then().statusCode(201);
        engineer().contentType(ContentType.JSON).body(Map.of("code", "T1", "name", "Temperature", "unit", "°C", "kind", "VALUE", "space", "ICU"))
                .post("/api/sites/" + site + "/points").then().statusCode(201);
        anonymous().delete(spaces() + "/ICU").then().statusCode(401);
        leader().delete(spaces() + "/ICU").then().statusCode(403);
        engineer().delete(spaces() + "/ICU").then().statusCode(409)
                .body("error", equalTo("Space 'ICU' of site '" + site + "' still holds 1 devices (M1) and 1 points (T1); delete or move them first"));
        engineer().delete(spaces() + "/B1").then().statusCode(409).body("error", containsString("still holds 1 spaces (B1-F1)"));
        engineer().delete("/api/sites/" + site + "/points/T1").then().statusCode(204);
        engineer().delete("/api/sites/" + site + "/devices/M1").then().statusCode(204);
        admin().delete(spaces() + "/ICU").then().statusCode(204);
        leader().get(spaces() + "/ICU").then().statusCode(404);
        auditor().queryParam("entityType", "space").queryParam("entityId", site + "/ICU").get("/api/audit").then()
                .body("action", contains("delete", "create"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].before.parent", equalTo("B1-F1"))
                .body("[0].after", nullValue());
        leader().get(spaces()).then().body("code", hasItem("B1-F1"));
    }

    private static org.hamcrest.Matcher<String> startsWith(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }
}
