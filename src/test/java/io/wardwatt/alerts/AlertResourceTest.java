package io.wardwatt.alerts;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.TestUsers;
import io.wardwatt.readings.RawReadingFixtures;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The alert store through its port (as any watch posts) and its REST API: listing, acknowledgement, CSV. */
@QuarkusTest
class AlertResourceTest {

    @Inject
    AlertSink sink;

    @Inject
    AgroalDataSource dataSource;

    private RaisedAlert fault(String site, String text) {
        return new RaisedAlert("plant-fault", site, "CH3", "2030-04-01", Instant.parse("2030-03-31T16:00:00Z"),
                Instant.parse("2030-04-01T16:00:00Z"), Severity.CRITICAL, text, null, null, null);
    }

    @Test
    void anotherPartPostsAnAlertAndAnEngineerAcknowledgesIt() {
        String site = TestUsers.storedSite("ALRT");
        long id = sink.raise(fault(site, "CH3 read-back failed, \"=cmd\" refused")).id();
        assertEquals(id, sink.raise(fault(site, "CH3 read-back failed, \"=cmd\" refused")).id(), "the same condition is one alert");
        long audited = new RawReadingFixtures(dataSource).number("select count(*) from audit_log where entity_type = 'alert' and entity_id = ?",
                Long.toString(id));
        assertEquals(1, audited, "raising it twice unchanged is audited once");

        leader().pathParam("site", site).get("/api/sites/{site}/alerts").then().statusCode(200)
                .body("id", contains((int) id)).body("[0].status", equalTo("OPEN")).body("[0].severity", equalTo("CRITICAL"));

        String ack = "/api/sites/" + site + "/alerts/" + id + "/acknowledge";
        engineer().contentType("application/json").body("{}").post(ack).then().statusCode(400).body("problems.where", contains("comment"));
        leader().contentType("application/json").body("{\"comment\":\"seen\"}").post(ack).then().statusCode(403);
        anonymous().contentType("application/json").body("{\"comment\":\"seen\"}").post(ack).then().statusCode(401);
        engineer().contentType("application/json").body("{\"comment\":\"seen\"}").post("/api/sites/" + site + "/alerts/999999999/acknowledge").then()
                .statusCode(404);
        leader().pathParam("site", site).get("/api/sites/{site}/alerts").then().body("[0].acknowledgedAt", equalTo(null));

        engineer().contentType("application/json").body("{\"comment\":\"Cold-head compressor serviced\"}").post(ack).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("engineer"))
                .body("acknowledgeComment", equalTo("Cold-head compressor serviced")).body("acknowledgedAt", notNullValue());
        // Again, by someone else: nothing changes.
        admin().contentType("application/json").body("{\"comment\":\"me too\"}").post(ack).then().statusCode(200)
                .body("acknowledgedBy", equalTo("engineer"));

        leader().pathParam("site", site).get("/api/sites/{site}/alerts").then().statusCode(200).body("", empty());
        auditor().pathParam("site", site).queryParam("status", "acknowledged").get("/api/sites/{site}/alerts").then().statusCode(200).body("", hasSize(1));
        String csv = leader().pathParam("site", site).queryParam("status", "all").queryParam("format", "csv").get("/api/sites/{site}/alerts").then()
                .statusCode(200).header("Content-Type", containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(AlertCsv.HEADER, lines[0]);
        assertEquals(true, lines[1].startsWith(id + ",plant-fault," + site + ",CH3,2030-04-01,ACKNOWLEDGED,CRITICAL,,,,"), lines[1]);
        assertEquals(true, lines[1].endsWith(",engineer,Cold-head compressor serviced,\"CH3 read-back failed, \"\"=cmd\"\" refused\""), lines[1]);
    }

    @Test
    void rolesAndBadFilters() {
        anonymous().get("/api/sites/HOSP/alerts").then().statusCode(401);
        reporter().get("/api/sites/HOSP/alerts").then().statusCode(403);
        leader().queryParam("status", "closed").get("/api/sites/HOSP/alerts").then().statusCode(400).body("problems.where", contains("status"));
        leader().queryParam("kind", "Standby Excess").get("/api/sites/HOSP/alerts").then().statusCode(400).body("problems.where", contains("kind"));
        leader().queryParam("format", "xlsx").get("/api/sites/HOSP/alerts").then().statusCode(400).body("problems.where", contains("format"));
        leader().queryParam("limit", 0).get("/api/sites/HOSP/alerts").then().statusCode(400).body("problems.where", contains("limit"));
    }

    @Test
    void anAlertCarriesItsMessageKeyAndArgumentsAndIsFoundBySeverityAndPeriod() {
        String site = TestUsers.storedSite("ALMS");
        AlertMessage message = AlertMessage.of("alert.text.standby-excess", "device", "MRI2", "drawKw", 17.5, "standardKw", 14.0,
                "excessPct", 25.0, "hours", 9.5, "kwhWasted", 33.25);
        RaisedAlert standby = new RaisedAlert("standby-excess", site, "MRI2", "2030-05-02", Instant.parse("2030-05-01T16:00:00Z"),
                Instant.parse("2030-05-02T16:00:00Z"), Severity.WARNING, "MRI2 drew 17.50 kW in standby", 17.5, 14.0, 33.25, message);
        long id = sink.raise(standby).id();
        assertEquals(id, sink.raise(standby).id(), "the same finding with the same message is one alert");
        sink.raise(fault(site, "CH3 read-back failed"));

        leader().queryParam("severity", "WARNING").get("/api/sites/" + site + "/alerts").then().statusCode(200)
                .body("id", contains((int) id))
                .body("[0].text", equalTo("MRI2 drew 17.50 kW in standby"))
                .body("[0].message.key", equalTo("alert.text.standby-excess"))
                .body("[0].message.args.device", equalTo("MRI2"))
                .body("[0].message.args.excessPct", equalTo(25.0f))
                .body("[0].message.args.kwhWasted", equalTo(33.25f));
        leader().queryParam("severity", "critical").get("/api/sites/" + site + "/alerts").then().statusCode(200)
                .body("kind", contains("plant-fault")).body("[0].message", equalTo(null));
        // the period filter: alerts whose judged period overlaps from .. to
        leader().queryParam("from", "2030-05-02T00:00:00+08:00").queryParam("to", "2030-05-03T00:00:00+08:00")
                .get("/api/sites/" + site + "/alerts").then().statusCode(200).body("id", contains((int) id));
        leader().queryParam("from", "2030-05-03T00:00:00+08:00").get("/api/sites/" + site + "/alerts").then().statusCode(200)
                .body("", empty());

        // A changed finding updates the message too.
        RaisedAlert worse = new RaisedAlert("standby-excess", site, "MRI2", "2030-05-02", standby.periodStart(), standby.periodEnd(),
                Severity.WARNING, "MRI2 drew 18.00 kW in standby", 18.0, 14.0, 38.0, AlertMessage.of("alert.text.standby-excess", "device", "MRI2",
                "drawKw", 18.0));
        assertEquals(id, sink.raise(worse).id());
        leader().queryParam("severity", "WARNING").get("/api/sites/" + site + "/alerts").then().statusCode(200)
                .body("[0].message.args.drawKw", equalTo(18.0f)).body("[0].message.args.kwhWasted", equalTo(null));

        engineer().contentType("application/json").body("{\"comment\":\"Cold-head compressor set back to eco mode\"}")
                .post("/api/sites/" + site + "/alerts/" + id + "/acknowledge").then().statusCode(200);
        auditor().queryParam("status", "acknowledged").get("/api/sites/" + site + "/alerts").then().statusCode(200)
                .body("id", contains((int) id)).body("[0].acknowledgedBy", equalTo("engineer"))
                .body("[0].acknowledgeComment", equalTo("Cold-head compressor set back to eco mode"))
                .body("[0].acknowledgedAt", notNullValue()).body("[0].message.key", equalTo("alert.text.standby-excess"));
    }

    @Test
    void badSeverityAndPeriodAreNamed() {
        leader().queryParam("severity", "urgent").get("/api/sites/HOSP/alerts").then().statusCode(400).body("problems.where", contains("severity"));
        leader().queryParam("from", "2030-05-02").get("/api/sites/HOSP/alerts").then().statusCode(400).body("problems.where", contains("from"));
        leader().queryParam("from", "2030-05-02T00:00:00Z").queryParam("to", "2030-05-01T00:00:00Z").get("/api/sites/HOSP/alerts").then().statusCode(400)
                .body("problems.where", contains("to"));
    }

    @Test
    void aMessageKeyOrArgumentThatCannotBeShownIsRefusedWhereItIsMade() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AlertMessage.of("Alert Text"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AlertMessage.of("alert.text.x", "device", null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AlertMessage.of("alert.text.x", "a b", 1));
    }
}
