package io.wardwatt.site.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeviceResourceTest {

    private String site;

    private String devices() {
        return "/api/sites/" + site + "/devices";
    }

    static Map<String, Object> device(String code, String space) {
        Map<String, Object> device = new HashMap<>();
        device.put("code", code);
        device.put("name", "Device " + code);
        device.put("kind", "meter");
        device.put("space", space);
        device.put("manufacturer", "Acrel");
        device.put("model", "APM810");
        return device;
    }

    @BeforeEach
    void aSiteWithAPlantRoom() {
        site = SiteResourceTest.createSite();
        engineer().contentType(ContentType.JSON).body(SpaceResourceTest.space("PLANT", "SPACE_UNIT", null, 300.0))
                .post("/api/sites/" + site + "/spaces").then().statusCode(201);
    }

    @Test
    void devicesAreCreatedByEngineersAndAdminsAndReadByAnyone() {
        Map<String, Object> meter = device("M1", "PLANT");
        anonymous().contentType(ContentType.JSON).body(meter).post(devices()).then().statusCode(401);
        leader().contentType(ContentType.JSON).body(meter).post(devices()).then().statusCode(403);
        auditor().contentType(ContentType.JSON).body(meter).post(devices()).then().statusCode(403);
        engineer().contentType(ContentType.JSON).body(meter).post(devices()).then().statusCode(201)
                .header("Location", endsWith(devices() + "/M1"))
                .body("space", equalTo("PLANT")).body("model", equalTo("APM810"));
        Map<String, Object> chiller = device("CH1", null);
        chiller.put("kind", "Chiller");
        admin().contentType(ContentType.JSON).body(chiller).post(devices()).then().statusCode(201).body("kind", equalTo("chiller"));
        anonymous().get(devices()).then().statusCode(401);
        leader().get(devices()).then().statusCode(200).body("code", contains("CH1", "M1"));
        auditor().get(devices() + "/CH1").then().statusCode(200).body("space", nullValue());
        leader().get(devices() + "/NOPE").then().statusCode(404);
        engineer().contentType(ContentType.JSON).body(meter).post(devices()).then().statusCode(409);
    }

    @Test
    void aDeviceInAnUnknownSpaceOrOfNoKindIsRefused() {
        engineer().contentType(ContentType.JSON).body(device("M1", "ATTIC")).post(devices()).then().statusCode(400)
                .body("problems[0].where", equalTo("space"))
                .body("problems[0].problem", equalTo("there is no space 'ATTIC' in site '" + site + "'"));
        Map<String, Object> noKind = device("M1", null);
        noKind.remove("kind");
        engineer().contentType(ContentType.JSON).body(noKind).post(devices()).then().statusCode(400)
                .body("problems[0].where", equalTo("kind"));
        leader().get(devices()).then().body("size()", equalTo(0));
    }

    @Test
    void updatesAreAudited() {
        engineer().contentType(ContentType.JSON).body(device("M1", "PLANT")).post(devices()).then().statusCode(201);
        Map<String, Object> moved = device("M1", null);
        moved.put("model", "APM830");
        leader().contentType(ContentType.JSON).body(moved).put(devices() + "/M1").then().statusCode(403);
        anonymous().contentType(ContentType.JSON).body(moved).put(devices() + "/M1").then().statusCode(401);
        admin().contentType(ContentType.JSON).body(moved).put(devices() + "/M1").then().statusCode(200)
                .body("model", equalTo("APM830")).body("space", nullValue());
        auditor().queryParam("entityType", "device").queryParam("entityId", site + "/M1").get("/api/audit").then()
                .body("action", contains("update", "create"))
                .body("[0].before.space", equalTo("PLANT"))
                .body("[0].after.space", nullValue())
                .body("[0].after.model", equalTo("APM830"));
    }

    @Test
    void aDeviceWithPointsIsNotDeleted() {
        engineer().contentType(ContentType.JSON).body(device("M1", "PLANT")).post(devices()).then().statusCode(201);
        engineer().contentType(ContentType.JSON).body(Map.of("code", "M1.KW", "name", "Power", "unit", "kW", "kind", "VALUE", "device", "M1"))
                .post("/api/sites/" + site + "/points").then().statusCode(201);
        anonymous().delete(devices() + "/M1").then().statusCode(401);
        leader().delete(devices() + "/M1").then().statusCode(403);
        engineer().delete(devices() + "/M1").then().statusCode(409)
                .body("error", equalTo("Device 'M1' of site '" + site + "' still has 1 points (M1.KW); delete them or move them to another device first"));
        engineer().delete("/api/sites/" + site + "/points/M1.KW").then().statusCode(204);
        engineer().delete(devices() + "/M1").then().statusCode(204);
        leader().get(devices() + "/M1").then().statusCode(404);
        auditor().queryParam("entityType", "device").queryParam("entityId", site + "/M1").get("/api/audit").then()
                .body("action", contains("delete", "create"))
                .body("[0].before.code", equalTo("M1"));
    }
}
