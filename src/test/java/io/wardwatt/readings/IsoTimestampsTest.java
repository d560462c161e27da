package io.wardwatt.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {

    @Test
    void readsTheCommonShapes() {
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), IsoTimestamps.parse("2026-07-01T08:00:00+08:00"));
        assertEquals(Instant.parse("2026-07-01T13:30:00Z"), IsoTimestamps.parse("2026-07-01T08:00:00-05:30"));
        assertEquals(Instant.parse("2026-07-01T08:00:00.123Z"), IsoTimestamps.parse("2026-07-01T08:00:00.123Z"));
        assertEquals(Instant.parse("2026-07-01T08:00:00.123456789Z"), IsoTimestamps.parse("2026-07-01T08:00:00.123456789Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:59Z"), IsoTimestamps.parse("2024-02-29T23:59:59Z"));
    }

    @Test
    void otherIsoShapesGoThroughTheStandardParser() {
        assertNull(IsoTimestamps.parseCommonShape("2026-07-01T08:00Z"));
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), IsoTimestamps.parse("2026-07-01T08:00Z"));
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), IsoTimestamps.parse("2026-07-01T08:00:00+08:00:00"));
    }

    @Test
    void refusesWhatTheStandardParserRefuses() {
        for (String bad : List.of("2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-07-01T24:00:00Z",
                "2026-07-01T23:60:00Z", "2026-07-01T23:59:60Z", "2026-07-01T08:00:00+19:00", "2026-07-01T08:00:00+0800",
                "2026-07-01T08:00:00.1234567890Z", "2026-07-01 08:00:00Z", "2026-07-01T08:00:00", "")) {
            assertThrows(DateTimeException.class, () -> IsoTimestamps.parse(bad), bad);
        }
    }

    @Test
    void theHandReadPathAgreesWithTheStandardParser() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(946_684_800L, 4_102_444_800L);
            int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
            String text = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos), offset).toString();
            Instant expected = OffsetDateTime.parse(text).toInstant();
            assertEquals(expected, IsoTimestamps.parse(text), text);
        }
    }
}
