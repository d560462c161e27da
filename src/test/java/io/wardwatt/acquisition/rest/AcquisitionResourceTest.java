package io.wardwatt.acquisition.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AcquisitionResourceTest {

    @Test
    void theAcquisitionApiNeedsALogin() {
        anonymous().get("/api/acquisition/templates").then().statusCode(401);
        anonymous().get("/api/sites/HOSP/acquisition/devices").then().statusCode(401);
        anonymous().get("/api/acquisition/templates/wardwatt-chiller-wc").then().statusCode(401);
    }

    @Test
    void listsTheShippedTemplates() {
        leader().get("/api/acquisition/templates").then().statusCode(200)
                .body("id", hasItems("wardwatt-chiller-wc", "wardwatt-pump-vsd", "eastron-sdm630", "schneider-pm5300", "wardwatt-battery",
                        "wardwatt-pv-inverter", "wardwatt-gas-meter", "wardwatt-steam-meter", "wardwatt-medical-submeter"))
                .body("find { it.id == 'eastron-sdm630' }.manufacturer", equalTo("Eastron"))
                .body("find { it.id == 'eastron-sdm630' }.points", equalTo(21))
                .body("find { it.id == 'eastron-sdm630' }.requestsPerCycle", equalTo(5))
                .body("find { it.id == 'eastron-sdm630' }.description", startsWith("Eastron SDM630 three-phase multifunction meter"));
    }

    @Test
    void showsOneTemplateWithItsPointsAndRequests() {
        auditor().get("/api/acquisition/templates/{id}", "wardwatt-chiller-wc").then().statusCode(200)
                .body("deviceKind", equalTo("chiller"))
                .body("points.find { it.name == 'CHWST' }.function", equalTo("input"))
                .body("points.find { it.name == 'CHWST' }.type", equalTo("int16"))
                .body("points.find { it.name == 'CHWST' }.scale", equalTo(0.01f))
                .body("points.find { it.name == 'CHWST' }.unit", equalTo("°C"))
                .body("points.find { it.name == 'CHWST_SP' }.writable", equalTo(true))
                .body("points.find { it.name == 'CHWST_SP' }.max", equalTo(12.0f))
                .body("points.find { it.name == 'KWH' }.kind", equalTo("counter"))
                .body("points.find { it.name == 'KWH' }.mustChangeWhile", equalTo("RUN"))
                .body("requests", hasSize(4))
                .body("requests[0]", equalTo("coil 0..0 (1, 1 points)"));
    }

    @Test
    void anUnknownTemplateOrDeviceIs404() {
        leader().get("/api/acquisition/templates/{id}", "no-such-template").then().statusCode(404);
        leader().get("/api/sites/HOSP/acquisition/devices/{code}", "NO-SUCH-DEVICE").then().statusCode(404);
    }
}
