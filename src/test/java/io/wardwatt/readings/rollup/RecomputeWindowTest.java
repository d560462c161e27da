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
    void coversTheWholeHoursOfTheChangeAndTheLocalDaysTheyTouch() {
        RecomputeWindow w = RecomputeWindow.covering(Instant.parse("2026-03-01T16:00:00Z"), Instant.parse("2026-03-02T03:00:00Z"),
                ZoneId.of("Asia/Shanghai"));
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), w.start()); // 2 March 00:00 local
        assertEquals(Instant.parse("2026-03-02T04:00:00Z"), w.end()); // the hour holding the last reading, whole
        assertEquals(LocalDate.parse("2026-03-02"), w.firstDay());
        assertEquals(LocalDate.parse("2026-03-02"), w.lastDay());
        assertTrue(w.contains(Instant.parse("2026-03-02T03:45:00Z")));
        assertFalse(w.contains(Instant.parse("2026-03-02T04:00:00Z")));
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), w.daysStart(ZoneId.of("Asia/Shanghai")));
        assertEquals(Instant.parse("2026-03-02T16:00:00Z"), w.daysEnd(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aChangeAcrossLocalMidnightTouchesBothDays() {
        RecomputeWindow w = RecomputeWindow.covering(Instant.parse("2026-03-01T15:30:00Z"), Instant.parse("2026-03-01T16:10:00Z"),
                ZoneId.of("Asia/Shanghai"));
        assertEquals(Instant.parse("2026-03-01T15:00:00Z"), w.start());
        assertEquals(Instant.parse("2026-03-01T17:00:00Z"), w.end());
        assertEquals(LocalDate.parse("2026-03-01"), w.firstDay()); // 23:30 local
        assertEquals(LocalDate.parse("2026-03-02"), w.lastDay());
    }

    @Test
    void halfHourZonesKeepWholeUtcHoursAndTheirLocalDay() {
        // Kolkata is UTC+05:30: 20:00Z is 01:30 on 2 March.
        RecomputeWindow w = RecomputeWindow.covering(Instant.parse("2026-03-01T20:00:00Z"), Instant.parse("2026-03-01T20:00:00Z"),
                ZoneId.of("Asia/Kolkata"));
        assertEquals(Instant.parse("2026-03-01T20:00:00Z"), w.start());
        assertEquals(Instant.parse("2026-03-01T21:00:00Z"), w.end());
        assertEquals(LocalDate.parse("2026-03-02"), w.firstDay());
        assertEquals(Instant.parse("2026-03-01T18:30:00Z"), w.daysStart(ZoneId.of("Asia/Kolkata")));
    }
}
