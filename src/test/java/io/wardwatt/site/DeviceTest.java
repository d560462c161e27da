package io.wardwatt.site;

import static io.wardwatt.site.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wardwatt.input.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceTest {

    @Test
    void kindsAreLowerCaseAndBlankOptionalsAreAbsent() {
        Device device = new Device("PV-INV", "Rooftop PV inverter", "PV_Inverter", "ROOF", "", " ");
        assertEquals("pv_inverter", device.kind());
        assertNull(device.manufacturer());
        assertNull(device.model());
    }

    @Test
    void everyBadFieldIsNamed() {
        List<InputProblem> problems = Problems.of(() -> new Device(null, "x".repeat(201), "pv inverter", "no/space", null, "m".repeat(201)));
        assertEquals(5, problems.size(), Problems.list(problems));
        assertProblem(problems, "code", "is required");
        assertProblem(problems, "name", "longer than 200");
        assertProblem(problems, "kind", "is not a device kind");
        assertProblem(problems, "space", "is not a code");
        assertProblem(problems, "model", "longer than 200");
    }

    @Test
    void aKindIsRequired() {
        assertProblem(Problems.of(() -> new Device("M1", "Meter", null, null, null, null)), "kind", "is required");
    }
}
