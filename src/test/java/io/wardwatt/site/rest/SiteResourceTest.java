package io.wardwatt.site.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.TestUsers.unique;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteResourceTest {

    static Map<String, Object> site(String code) {
        Map<String, Object> site = new HashMap<>();
        site.put("code", code);
        site.put("name", "Test hospital " + code);
        site.put("timeZone", "Asia/Shanghai");
        site.put("floorAreaM2", 12000.5);
        site.put("gridRegion", "CN-EAST");
        site.put("province", "CN-SH");
        return site;
    }

    static String createSite() {
        String code = unique("S");
        engineer().contentType(ContentType.JSON).body(site(code)).post("/api/sites").then().statusCode(201);
        return code;
    }

    @Test
    void readsNeedALoginAndAnyRoleMayRead() {
        anonymous().get("/api/sites").then().statusCode(401);
        anonymous().get("/api/sites/HOSP").then().statusCode(401);
        for (var user : List.of(leader(), reporter(), auditor(), engineer(), admin())) {
            user.get("/api/sites").then().statusCode(200).body("code", hasItem("HOSP"));
        }
    }

    @Test
    void theDemoHospitalIsThere() {
        leader().get("/api/sites/HOSP").then().statusCode(200)
                .body("name", equalTo("Demo General Hospital"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("floorAreaM2", equalTo(196000.0f))
                .body("gridRegion", equalTo("CN-EAST"))
                .body("province", equalTo("CN-SH"));
    }

    @Test
    void onlyEngineersAndAdminsCreateSites() {
        Map<String, Object> body = site(unique("S"));
        anonymous().contentType(ContentType.JSON).body(body).post("/api/sites").then().statusCode(401);
        leader().contentType(ContentType.JSON).body(body).post("/api/sites").then().statusCode(403);
        auditor().contentType(ContentType.JSON).body(body).post("/api/sites").then().statusCode(403);
        engineer().contentType(ContentType.JSON).body(body).post("/api/sites").then().statusCode(201)
                .header("Location", endsWith("/api/sites/" + body.get("code")))
                .body("code", equalTo(body.get("code")))
                .body("floorAreaM2", equalTo(12000.5f));
        admin().contentType(ContentType.JSON).body(site(unique("S"))).post("/api/sites").then().statusCode(201);
        leader().get("/api/sites/" + body.get("code")).then().statusCode(200).body("name", equalTo(body.get("name")));
    }

    @Test
    void aSiteCodeIsTakenOnce() {
        String code = createSite();
        Map<String, Object> again = site(code);
        again.put("name", "Another name");
        engineer().contentType(ContentType.JSON).body(again).post("/api/sites").then().statusCode(409)
                .body("error", equalTo("Site '" + code + "' exists already"));
        engineer().get("/api/sites/" + code).then().body("name", equalTo("Test hospital " + code));
    }

    @Test
    void badSitesAreRefusedWithEveryProblemNamed() {
        Map<String, Object> body = site(unique("S"));
        body.put("timeZone", "GMT+8");
        body.put("floorAreaM2", -3);
        body.put("province", "Shanghai");
        body.put("colour", "blue");
        engineer().contentType(ContentType.JSON).body(body).post("/api/sites").then().statusCode(400)
                .body("problems.where", containsInAnyOrder("timeZone", "floorAreaM2", "province", "colour"))
                .body("problems.find { it.where == 'timeZone' }.problem", containsString("not an IANA time zone"));
        engineer().get("/api/sites/" + body.get("code")).then().statusCode(404);
        engineer().contentType(ContentType.JSON).body("[1, 2]").post("/api/sites").then().statusCode(400)
                .body("problems[0].where", equalTo("body"));
        engineer().contentType(ContentType.JSON).body("{\"code\": ").post("/api/sites").then().statusCode(400);
    }

    @Test
    void anUnknownSiteIs404() {
        leader().get("/api/sites/NO-SUCH-SITE").then().statusCode(404).body("error", equalTo("No site 'NO-SUCH-SITE'"));
        engineer().contentType(ContentType.JSON).body(site("NO-SUCH-SITE")).put("/api/sites/NO-SUCH-SITE").then().statusCode(404);
        engineer().delete("/api/sites/NO-SUCH-SITE").then().statusCode(404);
    }

    @Test
    void updatesReplaceTheFieldsKeepTheCodeAndAreAudited() {
        String code = createSite();
        Map<String, Object> change = site(code);
        change.remove("code");
        change.put("name", "Renamed hospital");
        leader().contentType(ContentType.JSON).body(change).put("/api/sites/" + code).then().statusCode(403);
        anonymous().contentType(ContentType.JSON).body(change).put("/api/sites/" + code).then().statusCode(401);
        admin().contentType(ContentType.JSON).body(change).put("/api/sites/" + code).then().statusCode(200)
                .body("code", equalTo(code)).body("name", equalTo("Renamed hospital"));
        Map<String, Object> rename = site("OTHER");
        engineer().contentType(ContentType.JSON).body(rename).put("/api/sites/" + code).then().statusCode(400)
                .body("problems[0].where", equalTo("code"))
                .body("problems[0].problem", containsString("codes cannot be changed"));

        auditor().queryParam("entityType", "site").queryParam("entityId", code).get("/api/audit").then().statusCode(200)
                .body("action", contains("update", "create"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].before.name", equalTo("Test hospital " + code))
                .body("[0].after.name", equalTo("Renamed hospital"))
                .body("[1].actor", equalTo("engineer"))
                .body("[1].before", nullValue());
    }

    @Test
    void aSiteIsDeletedOnlyWhenEmpty() {
        String code = createSite();
        engineer().contentType(ContentType.JSON).body(Map.of("code", "B1", "name", "Building", "level", "BUILDING"))
                .post("/api/sites/" + code + "/spaces").then().statusCode(201);
        leader().delete("/api/sites/" + code).then().statusCode(403);
        anonymous().delete("/api/sites/" + code).then().statusCode(401);
        engineer().delete("/api/sites/" + code).then().statusCode(409)
                .body("error", equalTo("Site '" + code + "' still holds 1 spaces, 0 devices and 0 points; delete them first"));
        engineer().delete("/api/sites/" + code + "/spaces/B1").then().statusCode(204);
        admin().delete("/api/sites/" + code).then().statusCode(204);
        engineer().get("/api/sites/" + code).then().statusCode(404);
        auditor().queryParam("entityType", "site").queryParam("entityId", code).get("/api/audit").then()
                .body("action", contains("delete", "create"))
                .body("[0].before.code", equalTo(code))
                .body("[0].after", nullValue());
    }
}
