package io.wardwatt.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.acquisition.TemplateCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How values that do not fit their registers are shown: counters wrap, other integers saturate, zero stays zero. */
class DeviceRegistersTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());

    @Test
    void aCounterWrapsAtItsRollover() {
        RegisterPoint kwh = point("wardwatt-chiller-wc", "KWH");

        assertEquals(1_000.5, DeviceRegisters.fit(kwh, kwh.rollover() + 1_000.5), 1e-6);
    }

    @Test
    void anIntegerRegisterSaturatesAtFullScaleAndKeepsZero() {
        // The PV inverter's AC power is int16 in 100 W steps: 3,276.7 kW is its full scale.
        RegisterPoint pvKw = point("wardwatt-pv-inverter", "KW");
        RegisterPoint fault = point("wardwatt-chiller-wc", "FAULT");

        assertEquals(440.0, DeviceRegisters.fit(pvKw, 440.0), 1e-9);
        assertEquals(3276.7, DeviceRegisters.fit(pvKw, 4000.0), 1e-9);
        assertEquals(-3276.8, DeviceRegisters.fit(pvKw, -5000.0), 1e-9);
        assertEquals(0.0, DeviceRegisters.fit(fault, 0.0));
        assertEquals(101.0, DeviceRegisters.fit(fault, 101.0));
    }

    private static RegisterPoint point(String template, String name) {
        DeviceTemplate found = CATALOG.find(template).orElseThrow();
        return found.point(name).orElseThrow();
    }
}
