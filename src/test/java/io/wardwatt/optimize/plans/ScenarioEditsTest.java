package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioEditsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode daily() throws Exception {
        return (ObjectNode) json.readTree("""
                {"name": "daily", "start": "2026-12-09T00:00", "slotMinutes": 60, "loadsKw": [1000, 2000.5],
                 "plant": "plants/demo-hospital.yaml", "weather": {"dryBulbC": [10.0, 12.5], "relativeHumidityPercent": 60},
                 "initialState": [{"chiller": "CH1", "on": true}, {"chiller": "CH6", "on": true}]}""");
    }

    @Test
    void theEditsChangeLoadWeatherAndChillersAndNothingElse() throws Exception {
        ObjectNode daily = daily();
        ObjectNode edited = new ScenarioEdits(DAY, 2.0, 10.0, List.of("CH6")).applyTo(daily);
        assertEquals(List.of(1100.0, 2200.6), List.of(edited.get("loadsKw").get(0).asDouble(), edited.get("loadsKw").get(1).asDouble()));
        assertEquals(List.of(12.0, 14.5), List.of(edited.at("/weather/dryBulbC/0").asDouble(), edited.at("/weather/dryBulbC/1").asDouble()));
        assertEquals("CH6", edited.at("/outOfService/0").asText());
        assertEquals(1, edited.get("initialState").size(), "the chiller out of service has no state to start from");
        assertEquals("what-if of 2026-12-09: +2.0 K outdoor, load +10 %, CH6 out of service", edited.get("name").asText());
        assertEquals(60, edited.at("/weather/relativeHumidityPercent").asInt());
        assertEquals(1000, daily.at("/loadsKw/0").asInt(), "the daily scenario is left as it was");
    }

    @Test
    void badEditsAreNamedEachAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ScenarioEdits(null, 11.0, -60.0, List.of("CH1", "CH1")));
        assertEquals(List.of("date", "weatherOffsetC", "loadScalingPercent", "outOfService"), e.problems().stream().map(InputProblem::where).toList());
        assertTrue(new ScenarioEdits(DAY, null, 0.0, null).changesNothing());
        assertFalse(new ScenarioEdits(DAY, -1.5, null, null).changesNothing());
    }

    @Test
    void aWeatherOffsetNeedsAWeatherForecast() throws Exception {
        ObjectNode withoutWeather = daily();
        withoutWeather.remove("weather");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ScenarioEdits(DAY, 1.0, null, null).applyTo(withoutWeather));
        assertEquals("weatherOffsetC", e.problems().get(0).where());
    }
}
