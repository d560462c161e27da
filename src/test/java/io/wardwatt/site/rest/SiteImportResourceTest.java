package io.wardwatt.site.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.wardwatt.site.ReadingsFixture;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteImportResourceTest {

    private static final String IMPORT = "/api/sites/import";

    @Inject
    DataSource dataSource;

    private String site;

    /** A small site; line numbers of the problems below refer to this text. */
    private String yaml() {
        return """
                site:
                  code: %s
                  name: Imported hospital
                  timeZone: Asia/Shanghai
                  floorAreaM2: 20000
                  gridRegion: CN-EAST
                  province: CN-SH
                spaces:
                  - code: B1
                    name: Ward block
                    level: BUILDING
                    areaM2: 12000
                    spaces:
                      - code: B1-F1
                        name: Floor 1
                        level: FLOOR
                        areaM2: 3000
                  - {code: ICU, name: Intensive care, level: DEPARTMENT, parent: B1-F1, areaM2: 900}
                  - {code: ICU-1, name: Bed bay 1, level: SPACE_UNIT, parent: ICU, areaM2: 120}
                devices:
                  - {code: M1, name: Incomer, kind: meter, space: B1-F1}
                  - {code: M2, name: Chiller meter, kind: meter}
                points:
                  - {code: M1.KWH, name: Import energy, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, device: M1, tags: [main]}
                  - {code: M1.KW, name: Import power, unit: kW, kind: VALUE, device: M1}
                """.formatted(site);
    }

    private static ValidatableResponse post(RequestSpecification user, String contentType, String body) {
        return user.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then();
    }

    private long auditEntries() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from audit_log where entity_id = ? or entity_id like ?")) {
            ps.setString(1, site);
            ps.setString(2, site + "/%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void aNewSiteCode() {
        site = unique("IMP");
    }

    @Test
    void onlyEngineersAndAdminsImport() {
        post(anonymous(), "application/yaml", yaml()).statusCode(401);
        post(leader(), "application/yaml", yaml()).statusCode(403);
        post(auditor(), "application/yaml", yaml()).statusCode(403);
        post(engineer(), "application/yaml", yaml()).statusCode(200).body("site", equalTo(site));
        post(admin(), "application/yaml", yaml()).statusCode(200).body("spaces.unchanged", equalTo(4));
        post(engineer(), "text/plain", yaml()).statusCode(415);
    }

    @Test
    void importingTwiceChangesNothingTheSecondTimeAndWritesNoAuditEntries() {
        post(engineer(), "application/yaml", yaml()).statusCode(200)
                .body("dryRun", equalTo(false))
                .body("sites.created", equalTo(1))
                .body("spaces.created", equalTo(4))
                .body("devices.created", equalTo(2))
                .body("points.created", equalTo(2))
                .body("points.notInFile", equalTo(0));
        long afterFirst = auditEntries();
        assertEquals(1 + 4 + 2 + 2 + 1, afterFirst, "one entry per entity and one for the import");
        leader().get("/api/sites/" + site + "/spaces/ICU").then().body("parent", equalTo("B1-F1"));
        leader().get("/api/sites/" + site + "/spaces/B1-F1").then().body("parent", equalTo("B1"));
        leader().get("/api/sites/" + site + "/points/M1.KWH").then().body("tags", contains("main"));

        post(engineer(), "application/yaml", yaml()).statusCode(200)
                .body("sites.unchanged", equalTo(1))
                .body("spaces.unchanged", equalTo(4))
                .body("devices.unchanged", equalTo(2))
                .body("points.unchanged", equalTo(2))
                .body("spaces.created", equalTo(0))
                .body("spaces.updated", equalTo(0));
        assertEquals(afterFirst, auditEntries(), "the second import wrote nothing");
    }

    @Test
    void changedFieldsAreUpdatedAndAuditedAndEntitiesNotInTheFileAreKept() {
        post(engineer(), "application/yaml", yaml()).statusCode(200);
        String changed = yaml().replace("name: Intensive care", "name: Intensive care unit")
                .replace("  - {code: M2, name: Chiller meter, kind: meter}\n", "");
        post(engineer(), "application/yaml", changed).statusCode(200)
                .body("spaces.updated", equalTo(1))
                .body("spaces.unchanged", equalTo(3))
                .body("devices.unchanged", equalTo(1))
                .body("devices.notInFile", equalTo(1))
                .body("devices.notInFileCodes", contains("M2"));
        leader().get("/api/sites/" + site + "/devices/M2").then().statusCode(200);
        auditor().queryParam("entityType", "space").queryParam("entityId", site + "/ICU").get("/api/audit").then()
                .body("action", contains("update", "create"))
                .body("[0].actor", equalTo("engineer"))
                .body("[0].before.name", equalTo("Intensive care"))
                .body("[0].after.name", equalTo("Intensive care unit"));
        auditor().queryParam("entityType", "site").queryParam("entityId", site).get("/api/audit").then()
                .body("action", contains("import", "import", "create"))
                .body("[0].after.spaces.updated", equalTo(1));
    }

    @Test
    void aFileWithAnyProblemIsRefusedWholeWithEveryProblemAndChangesNothing() {
        post(engineer(), "application/yaml", yaml()).statusCode(200);
        long before = auditEntries();
        String bad = yaml().replace("name: Imported hospital", "name: Renamed hospital")   // a valid change...
                .replace("parent: ICU,", "parent: ICUU,")                                  // ...and three problems
                .replace("rolloverValue: 99999999.9, ", "")
                .replace("timeZone: Asia/Shanghai", "timeZone: Shanghai");
        post(engineer(), "application/yaml", bad).statusCode(400)
                .body("problems.where", contains("site.timeZone (line 4, column 13)", "spaces[2].parent (line 19, column 63)",
                        "points[0].rolloverValue (line 24, column 5)"))
                .body("problems[1].problem", equalTo("there is no space 'ICUU' in this definition"));
        leader().get("/api/sites/" + site).then().body("name", equalTo("Imported hospital"));
        assertEquals(before, auditEntries());
    }

    @Test
    void theMeterTreeIsCheckedOnImportNamingThePointAndLine() {
        String points = """
                  - {code: M2.KWH, name: Plant energy, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, parentMeter: M1.KWH}
                  - {code: M2.GAS, name: Plant gas, unit: m3, kind: COUNTER, rolloverValue: 99999999.9, carrier: natural_gas, parentMeter: M1.KWH}
                  - {code: M3.KWH, name: Nowhere, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, parentMeter: M9.KWH}
                  - {code: A.KWH, name: Loop a, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, parentMeter: B.KWH}
                  - {code: B.KWH, name: Loop b, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, parentMeter: A.KWH}
                  - {code: PV.KWH, name: PV, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, flow: generation, parentMeter: M1.KWH}
                  - {code: X.KWH, name: Bad flow, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity, flow: sideways}
                """;
        post(engineer(), "application/yaml", yaml() + points).statusCode(400)
                .body("problems.where", contains("points[3].parentMeter (line 27, column 124)", "points[4].parentMeter (line 28, column 123)",
                        "points[5].parentMeter (line 29, column 121)", "points[6].parentMeter (line 30, column 121)",
                        "points[7].parentMeter (line 31, column 136)", "points[8].flow (line 32, column 116)"))
                .body("problems.problem", contains(
                        "parent meter M1.KWH measures electricity, this meter natural_gas: a parent and its sub-meters measure the same carrier",
                        "there is no point 'M9.KWH' in this definition",
                        "the parent meters go round in a cycle: A.KWH -> B.KWH -> A.KWH",
                        "the parent meters go round in a cycle: B.KWH -> A.KWH -> B.KWH",
                        "only a consumption meter is a sub-meter; this one measures generation",
                        "'sideways' is not one of consumption, generation, export, storage-charge, storage-discharge, duplicate"));
        leader().get("/api/sites/" + site).then().statusCode(404);
        // the valid tree imports, and the API shows each point's flow and parent
        post(engineer(), "application/yaml", yaml() + points.lines().limit(1).map(l -> l + "\n").reduce("", String::concat)).statusCode(200);
        leader().get("/api/sites/" + site + "/points/M2.KWH").then().statusCode(200)
                .body("parentMeter", equalTo("M1.KWH")).body("flow", equalTo("consumption"));
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        post(engineer(), "application/yaml", "site:\n  code: [unclosed\n").statusCode(400)
                .body("problems[0].where", equalTo("line 2, column 18"))
                .body("problems[0].problem", containsString("not well-formed YAML"));
        post(engineer(), "application/json", "{\"site\": }").statusCode(400)
                .body("problems[0].where", equalTo("line 1, column 10"))
                .body("problems[0].problem", containsString("not well-formed JSON"));
    }

    @Test
    void aDryRunReportsWithoutChanging() {
        post(engineer(), "application/yaml", yaml()).statusCode(200);
        long before = auditEntries();
        engineer().contentType("application/yaml").body(yaml().replace("areaM2: 120}", "areaM2: 125}").getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", true)
                .post(IMPORT).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("spaces.updated", equalTo(1));
        leader().get("/api/sites/" + site + "/spaces/ICU-1").then().body("areaM2", equalTo(120.0f));
        assertEquals(before, auditEntries());
        engineer().contentType("application/yaml").body(yaml().replace("kind: meter", "kind: 'a meter'").getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", true)
                .post(IMPORT).then().statusCode(400).body("problems[0].where", containsString("devices[0].kind"));
    }

    @Test
    void jsonIsAcceptedToo() {
        String json = """
                {"site": {"code": "%s", "name": "Json hospital", "timeZone": "Asia/Shanghai", "floorAreaM2": 1000,
                          "gridRegion": "CN-EAST", "province": "CN-SH"},
                 "points": [{"code": "OAT", "name": "Outdoor air", "unit": "°C", "kind": "VALUE", "tags": ["weather"]}]}
                """.formatted(site);
        post(engineer(), "application/json", json).statusCode(200).body("points.created", equalTo(1));
        leader().queryParam("tag", "weather").get("/api/sites/" + site + "/points").then().body("code", contains("OAT"));
    }

    @Test
    void anImportThatWouldCorruptAPointsHistoryIsRefusedWhole() {
        post(engineer(), "application/yaml", yaml()).statusCode(200);
        int id = leader().get("/api/sites/" + site + "/points/M1.KWH").then().extract().path("id");
        new ReadingsFixture(dataSource).readingFor(id);
        long before = auditEntries();
        String toMwh = yaml().replace("unit: kWh", "unit: MWh").replace("name: Ward block", "name: Renamed block");
        post(engineer(), "application/yaml", toMwh).statusCode(409)
                .body("error", equalTo("Import refused, nothing was changed. Point 'M1.KWH' has readings: changing its unit kWh -> MWh "
                        + "would corrupt its history; create a new point instead"));
        leader().get("/api/sites/" + site + "/spaces/B1").then().body("name", equalTo("Ward block"));
        leader().get("/api/sites/" + site + "/points/M1.KWH").then().body("unit", equalTo("kWh"));
        assertEquals(before, auditEntries());
    }

    @Test
    void storedSpacesTheFileLeavesOutMustStillFit() {
        post(engineer(), "application/yaml", yaml()).statusCode(200);
        engineer().contentType("application/json").body(SpaceResourceTest.space("STORE", "SPACE_UNIT", "B1-F1", 20.0))
                .post("/api/sites/" + site + "/spaces").then().statusCode(201);
        String floorBecomesUnit = yaml().replace("level: FLOOR", "level: SPACE_UNIT")
                .replace("  - {code: ICU, name: Intensive care, level: DEPARTMENT, parent: B1-F1, areaM2: 900}\n", "")
                .replace("  - {code: ICU-1, name: Bed bay 1, level: SPACE_UNIT, parent: ICU, areaM2: 120}\n", "");
        post(engineer(), "application/yaml", floorBecomesUnit).statusCode(409)
                .body("error", containsString("stored space 'STORE' (parent): a SPACE_UNIT cannot be inside SPACE_UNIT 'B1-F1'"));
        leader().get("/api/sites/" + site + "/spaces/B1-F1").then().body("level", equalTo("FLOOR"));
        leader().get("/api/sites").then().body("code", hasItem(site));
    }
}
