package io.wardwatt.sim.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With the simulator off (the tests' and production's default) it forecasts nothing, to anyone. */
@QuarkusTest
class SimWeatherDisabledTest {

    @Test
    void withoutTheSimulatorTheForecastIsNotFound() {
        anonymous().get("/api/sim/weather/forecast").then().statusCode(404).body("error", containsString("the simulator is not running"));
        leader().get("/api/sim/weather/forecast").then().statusCode(404);
    }
}
