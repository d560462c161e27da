package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.plant.CriticalZone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneLimitMonitorTest {

    static final Instant T0 = Instant.parse("2025-07-21T06:00:00Z");
    static final ChillerStatus ON = new ChillerStatus(true, true, false, T0.minus(Duration.ofHours(2)));

    private final ZoneLimitMonitor monitor = new ZoneLimitMonitor(List.of(
            new CriticalZone("Z3", "surgery, ICU & critical care", 7.5, 2, Duration.ofMinutes(5))));

    private PlantSnapshot at(int minute, double supplyC, int chillersOn) {
        Map<String, ChillerStatus> chillers = new java.util.HashMap<>();
        for (int i = 1; i <= 3; i++) {
            chillers.put("CH" + i, i <= chillersOn ? ON : new ChillerStatus(false, false, false, null));
        }
        return new PlantSnapshot(T0.plus(Duration.ofMinutes(minute)), supplyC, chillers);
    }

    @Test
    void aSupplyTooWarmForLongerThanTheGraceIsABreach() {
        assertTrue(monitor.observe(at(0, 7.9, 3)).isEmpty(), "just begun");
        assertTrue(monitor.observe(at(4, 8.1, 3)).isEmpty(), "4 min of the 5 min grace");
        List<ZoneBreach> breaches = monitor.observe(at(5, 8.0, 3));
        assertEquals(1, breaches.size());
        assertEquals("Z3", breaches.get(0).zoneId());
        assertEquals(T0, breaches.get(0).since());
        assertEquals(8.0, breaches.get(0).measured());
    }

    @Test
    void aShortOvershootIsNoBreach() {
        monitor.observe(at(0, 7.9, 3));
        monitor.observe(at(3, 7.2, 3));
        assertTrue(monitor.observe(at(6, 7.8, 3)).isEmpty(), "the overshoot at 0 ended at 3; the one at 6 has just begun");
    }

    @Test
    void tooFewChillersAvailableIsABreach() {
        monitor.observe(at(0, 7.0, 1));
        List<ZoneBreach> breaches = monitor.observe(at(5, 7.0, 1));
        assertEquals(1, breaches.size());
        assertTrue(breaches.get(0).limit().contains("at least 2 chillers"), breaches.get(0).limit());
    }

    @Test
    void anUnmeasuredSupplyIsNoBreach() {
        monitor.observe(at(0, Double.NaN, 3));
        assertTrue(monitor.observe(at(10, Double.NaN, 3)).isEmpty());
    }
}
