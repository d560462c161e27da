package io.wardwatt.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.cli.UsageException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsLoadTenMillionReadings() {
        BenchOptions o = BenchOptions.parse(List.of());
        assertEquals(10_000_000L, o.readings());
        assertEquals(8, o.connections());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/wardwatt_bench", o.jdbcUrl());
        assertTrue(o.copySorted());
    }

    @Test
    void optionsOverrideDefaults() {
        BenchOptions o = BenchOptions.parse(List.of("--readings", "1_000", "--batch", "50", "--by-id", "--copy-order", "generated"));
        assertEquals(1000, o.readings());
        assertEquals(50, o.batch());
        assertTrue(o.byId());
        assertEquals(false, o.copySorted());
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertEquals("--readings must be a whole number, got 'many'",
                assertThrows(UsageException.class, () -> BenchOptions.parse(List.of("--readings", "many"))).getMessage());
        assertEquals("unknown option(s) [--fast]", assertThrows(UsageException.class, () -> BenchOptions.parse(List.of("--fast", "1"))).getMessage());
        assertThrows(UsageException.class, () -> BenchOptions.parse(List.of("--batch", "0")));
        assertThrows(UsageException.class, () -> BenchOptions.parse(List.of("--copy-format", "csv")));
    }

    @Test
    void rowsAreSnapshotsOfEveryPointAndBatchesCoverThemAll() {
        BenchRows rows = new BenchRows(25, 10, 10, Instant.parse("2026-01-01T00:00:00Z"), 300);
        assertEquals(3, rows.batches());
        assertEquals(25, rows.end(2));
        assertEquals(3, rows.pointIndex(13));
        assertEquals(Instant.parse("2026-01-01T00:05:00Z"), rows.ts(13));
        String body = new String(ApiLoad.bodies(rows, new String[] {"S/P0", "S/P1", "S/P2", "S/P3", "S/P4", "S/P5", "S/P6", "S/P7",
            "S/P8", "S/P9"}, new int[10], false)[1], java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.startsWith("{\"readings\":[{\"point\":\"S/P0\",\"ts\":\"2026-01-01T00:05:00Z\",\"value\":0.25}"), body);
        assertEquals(rows.value(13), Double.parseDouble("3.25"));
    }
}
