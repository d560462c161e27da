package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviousDayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String slot(boolean ch1, boolean ch2) {
        return "{\"chillers\": [{\"id\": \"CH1\", \"on\": " + ch1 + "}, {\"id\": \"CH2\", \"on\": " + ch2 + "}]}";
    }

    @Test
    void eachChillerKeepsItsLastStateWithTheTimeItHasBeenInIt() throws Exception {
        // CH1 ran the last three slots (started in slot 1); CH2 stopped after slot 2, so it has been off for two slots.
        JsonNode plan = JSON.readTree("{\"slotMinutes\": 30, \"slots\": [" + slot(false, true) + "," + slot(true, true) + ","
                + slot(true, true) + "," + slot(true, false) + "," + slot(true, false) + "]}");
        List<JsonNode> state = PreviousDay.initialState(plan);
        assertEquals(JSON.readTree("[{\"chiller\": \"CH1\", \"on\": true, \"minutesInState\": 120, \"startsToday\": 0},"
                + " {\"chiller\": \"CH2\", \"on\": false, \"minutesInState\": 60, \"startsToday\": 0}]"), JSON.valueToTree(state));
    }

    @Test
    void aPlanWithoutSlotsLeavesEveryChillerOffAndFree() throws Exception {
        assertEquals(List.of(), PreviousDay.initialState(JSON.readTree("{\"slotMinutes\": 30, \"slots\": []}")));
        assertEquals(List.of(), PreviousDay.initialState(null));
    }

    @Test
    void theBatteryStartsWhereThePreviousDaysPlanLeavesIt() throws Exception {
        JsonNode plan = JSON.readTree("{\"slotMinutes\": 60, \"slots\": [], \"site\": {\"slots\": [{\"index\": 0, \"stateOfChargeKwh\": 640.5},"
                + " {\"index\": 1, \"stateOfChargeKwh\": 712.25}]}}");
        assertEquals(java.util.Optional.of(712.25), PreviousDay.stateOfChargeKwh(plan));
        assertEquals(java.util.Optional.empty(), PreviousDay.stateOfChargeKwh(JSON.readTree("{\"slotMinutes\": 60, \"slots\": []}")),
                "a plan without a site part planned no battery");
        assertEquals(java.util.Optional.empty(), PreviousDay.stateOfChargeKwh(null));
    }
}
