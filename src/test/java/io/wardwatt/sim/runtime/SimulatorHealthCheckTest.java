package io.wardwatt.sim.runtime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The test profile runs without the simulator (wardwatt.sim.enabled=false): the check says so and is UP. */
@QuarkusTest
class SimulatorHealthCheckTest {

    @Test
    void theSimulatorCheckIsListedAndUpWhenDisabled() {
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'simulator' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'simulator' }.data.enabled", org.hamcrest.Matchers.equalTo(false))
                .body("checks.name", hasItem("simulator"));
    }
}
