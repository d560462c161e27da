package io.wardwatt.readings.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingRangeTest {

    private static PendingRange r(int point, String from, String to) {
        return new PendingRange(point, Instant.parse(from), Instant.parse(to));
    }

    @Test
    void closeRangesOfOnePointMergeFarOnesStayApart() {
        List<PendingRange> merged = PendingRange.merge(List.of(
                r(1, "2026-03-01T10:00:00Z", "2026-03-01T10:10:00Z"),
                r(2, "2026-03-01T10:00:00Z", "2026-03-01T10:05:00Z"),
                r(1, "2026-03-01T10:05:00Z", "2026-03-01T11:00:00Z"),
                r(1, "2026-03-01T12:00:00Z", "2026-03-01T12:00:00Z"),
                r(1, "2026-01-05T00:00:00Z", "2026-01-05T00:00:00Z")), Duration.ofHours(1));
        assertEquals(List.of(
                r(1, "2026-01-05T00:00:00Z", "2026-01-05T00:00:00Z"),
                r(1, "2026-03-01T10:00:00Z", "2026-03-01T12:00:00Z"),
                r(2, "2026-03-01T10:00:00Z", "2026-03-01T10:05:00Z")), merged);
    }
}
