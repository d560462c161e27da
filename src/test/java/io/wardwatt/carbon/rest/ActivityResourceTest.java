package io.wardwatt.carbon.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.carbon.LedgerFixtures.entry;
import static io.wardwatt.carbon.LedgerFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Manual and estimated activity entries: evidence, the same entry sent twice, every kind of bad input, roles. */
@QuarkusTest
class ActivityResourceTest {

    private static final byte[] NOTE = "Delivery note 4711: 1.2 t diesel, 2026-09-12".getBytes(StandardCharsets.UTF_8);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    LedgerFixtures fixtures;
    Hospital h;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(dataSource, job);
        h = fixtures.hospital("LACT");
    }

    private Map<String, Object> delivery() {
        return entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 1.2, "unit", "t", "source", "manual",
                "evidence", Map.of("fileName", "dn-4711.txt", "mediaType", "text/plain", "contentBase64", Base64.getEncoder().encodeToString(NOTE)));
    }

    private long stored() {
        return fixtures.count("select count(*) from carbon_activity_entry where site = ?", h.code());
    }

    @Test
    void anEntryWithEvidenceIsStoredOnceAndItsFileComesBack() throws Exception {
        long id = post(delivery()).statusCode(201)
                .header("Location", startsWith("http"))
                .body("carrier", equalTo("diesel")).body("quantity", equalTo(1.2f)).body("bookedQuantity", equalTo(1.2f))
                .body("source", equalTo("manual")).body("correction", equalTo(false)).body("enteredBy", equalTo("engineer"))
                .body("evidence.fileName", equalTo("dn-4711.txt")).body("evidence.sizeBytes", equalTo(NOTE.length))
                .body("evidence.sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(NOTE))))
                .extract().jsonPath().getLong("id");
        // The same entry sent again is found, not stored twice.
        post(delivery()).statusCode(200).body("id", equalTo((int) id));
        assertEquals(1, stored());

        byte[] file = auditor().get("/api/sites/" + h.code() + "/carbon/activities/" + id + "/evidence").then().statusCode(200)
                .header("Content-Type", startsWith("text/plain")).header("Content-Disposition", containsString("dn-4711.txt"))
                .extract().asByteArray();
        assertArrayEquals(NOTE, file);
        leader().pathParam("site", h.code()).queryParam("month", "2026-09").get("/api/sites/{site}/carbon/activities").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", equalTo((int) id)).body("[0].origin", equalTo("entry " + id));
        auditor().queryParam("entityType", "carbon_activity_entry").get("/api/audit").then().statusCode(200)
                .body("entityId", hasItem(h.code() + "/2026-09/" + id));
    }

    @Test
    void everyProblemIsNamedByItsFieldAndNothingIsStored() {
        post(entry("site", h.code(), "month", "2026-09", "carrier", "coal", "quantity", 3, "unit", "t", "reference", "x")).statusCode(400)
                .body("problems[0].where", equalTo("carrier")).body("problems[0].problem", containsString("unknown carrier 'coal'"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 3, "unit", "L", "reference", "x")).statusCode(400)
                .body("problems[0].where", equalTo("unit")).body("problems[0].problem", containsString("unknown unit 'L'"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 3, "unit", "m3", "reference", "x")).statusCode(400)
                .body("problems[0].where", equalTo("unit")).body("problems[0].problem", containsString("a volume would need the fuel's density"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", -1.2, "unit", "t", "reference", "x")).statusCode(400)
                .body("problems[0].where", equalTo("quantity")).body("problems[0].problem", containsString("negative"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 1.2, "unit", "t")).statusCode(400)
                .body("problems[0].where", equalTo("evidence")).body("problems[0].problem", containsString("evidence (a file) or a reference"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 1.2, "unit", "t", "source", "estimated")).statusCode(400)
                .body("problems[0].where", equalTo("note"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "electricity", "quantity", 12, "unit", "MWh", "source", "metered",
                "reference", "x")).statusCode(400).body("problems[0].where", equalTo("source"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "refrigerant:R-999", "quantity", 2, "unit", "kg", "reference", "x"))
                .statusCode(400).body("problems[0].where", equalTo("carrier")).body("problems[0].problem", containsString("no GWP for gas 'R-999'"));
        post(entry("site", h.code(), "month", "2026-9", "carrier", "diesel", "quantity", 1, "unit", "t", "reference", "x")).statusCode(400)
                .body("problems[0].where", equalTo("month"));
        post(entry("site", h.code(), "month", "2099-01", "carrier", "diesel", "quantity", 1, "unit", "t", "reference", "x")).statusCode(400)
                .body("problems[0].where", equalTo("month")).body("problems[0].problem", containsString("has not begun"));
        // The site is the path's: an unknown one is not found, a body naming another site is refused by its field.
        post(entry("site", "NO-SUCH-SITE", "month", "2026-09", "carrier", "diesel", "quantity", 1, "unit", "t", "reference", "x")).statusCode(404)
                .body("error", containsString("NO-SUCH-SITE"));
        engineer().contentType(ContentType.JSON).body(entry("site", "ELSEWHERE", "month", "2026-09", "carrier", "diesel", "quantity", 1, "unit", "t",
                "reference", "x")).post("/api/sites/" + h.code() + "/carbon/activities").then().statusCode(400)
                .body("problems[0].where", equalTo("site")).body("problems[0].problem", containsString("ELSEWHERE"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 1, "unit", "t",
                "evidence", Map.of("fileName", "a.pdf", "mediaType", "application/pdf", "contentBase64", "***"))).statusCode(400)
                .body("problems[0].where", equalTo("evidence.contentBase64"));
        post(entry("site", h.code(), "month", "2026-10", "carrier", "diesel", "quantity", 1, "unit", "t", "reference", "x",
                "adjustsMonth", "2026-09")).statusCode(400).body("problems[0].where", equalTo("note"));
        post(entry("site", h.code(), "month", "2026-10", "carrier", "diesel", "quantity", 1, "unit", "t", "reference", "x",
                "adjustsEntryId", 999_999_999, "note", "wrong")).statusCode(400).body("problems[0].where", equalTo("adjustsEntryId"));
        post(entry("site", h.code(), "month", "2026-10", "carrier", "electricity", "quantity", 1, "unit", "kWh", "source", "estimated",
                "adjustsMonth", "2026-09", "note", "under-read")).statusCode(409).body("error", containsString("is not closed"));
        // Several problems at once, each by its field.
        post(entry("site", h.code(), "carrier", "coal", "quantity", -1, "unit", "bag", "source", "guessed")).statusCode(400)
                .body("problems.where", org.hamcrest.Matchers.contains("month", "carrier", "quantity", "unit", "source"));
        engineer().contentType(ContentType.JSON).body("{\"site\": \"" + h.code() + "\", \"quantity\": \"lots\"}").post("/api/sites/" + h.code() + "/carbon/activities")
                .then().statusCode(400).body("problems[0].where", equalTo("quantity"));
        assertEquals(0, stored());
    }

    @Test
    void rolesOfTheActivityEndpoints() {
        anonymous().contentType(ContentType.JSON).body(delivery()).post("/api/sites/" + h.code() + "/carbon/activities").then().statusCode(401);
        leader().contentType(ContentType.JSON).body(delivery()).post("/api/sites/" + h.code() + "/carbon/activities").then().statusCode(403);
        reporter().contentType(ContentType.JSON).body(delivery()).post("/api/sites/" + h.code() + "/carbon/activities").then().statusCode(403);
        auditor().contentType(ContentType.JSON).body(delivery()).post("/api/sites/" + h.code() + "/carbon/activities").then().statusCode(403);
        assertEquals(0, stored());
        post(delivery()).statusCode(201);
        anonymous().pathParam("site", h.code()).get("/api/sites/{site}/carbon/activities").then().statusCode(401);
        reporter().pathParam("site", h.code()).get("/api/sites/{site}/carbon/activities").then().statusCode(200).body("$", hasSize(1));
    }
}
