package io.wardwatt.readings.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecomputeWindowTest {

    @Test
    void coversWholeLocalDays() {
        RecomputeWindow w = RecomputeWindow.covering(Instant.parse("2026-03-01T16:00:00Z"), Instant.parse("2026-03-02T03:00:00Z"),
                ZoneId.of("Asia/Shanghai"));
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), w.start()); // 2 March 00:00 local
        assertEquals(Instant.parse("2026-03-02T16:00:00Z"), w.end());
        assertEquals(LocalDate.parse("2026-03-02"), w.firstDay());
        assertEquals(LocalDate.parse("2026-03-02"), w.lastDay());
        assertTrue(w.contains(Instant.parse("2026-03-02T15:45:00Z")));
        assertFalse(w.contains(Instant.parse("2026-03-02T16:00:00Z")));
    }

    @Test
    void halfHourZonesAreWidenedToWholeUtcHours() {
        // Kolkata is UTC+05:30: local midnight is 18:30Z, the window starts at 18:00Z.
        RecomputeWindow w = RecomputeWindow.covering(Instant.parse("2026-03-01T20:00:00Z"), Instant.parse("2026-03-01T20:00:00Z"),
                ZoneId.of("Asia/Kolkata"));
        assertEquals(Instant.parse("2026-03-01T18:00:00Z"), w.start());
        assertEquals(Instant.parse("2026-03-02T19:00:00Z"), w.end());
        assertEquals(LocalDate.parse("2026-03-02"), w.firstDay());
    }
}
