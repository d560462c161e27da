package io.wardwatt.readings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.MonthlyPartition;
import io.wardwatt.readings.Quality;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.StorageMode;
import io.wardwatt.readings.runtime.ReadingStorage;
import io.wardwatt.readings.WriteOutcome;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The COPY writer against the real table: both formats store exactly the same values. */
@QuarkusTest
class ReadingTableWriterTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MonthlyPartitions partitions;

    @Inject
    ReadingStorage storage;

    private List<Reading> awkwardReadings(int point) {
        double[] values = {0.1, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE, -123456789.123456789, 1.0 / 3};
        Instant[] times = {Instant.parse("1999-12-31T23:59:59.999999Z"), Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("2026-07-01T08:00:00.000001Z"), Instant.parse("2026-07-31T23:59:59.5Z"), Instant.parse("2026-08-01T00:00:00Z"),
            Instant.parse("2038-01-19T03:14:08Z")};
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            readings.add(new Reading(point, times[i], values[i], Quality.values()[i % 5]));
        }
        return readings;
    }

    private List<WriteOutcome> write(CopyFormat format, List<List<Reading>> batches) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<WriteOutcome> outcomes = new ReadingTableWriter(format).write(connection, batches);
            connection.commit();
            connection.setAutoCommit(true);
            return outcomes;
        }
    }

    private void monthsFor(List<Reading> readings) throws SQLException {
        if (storage.mode() == StorageMode.PARTITIONED) {
            partitions.create(partitions.missing(MonthlyPartition.covering(readings)));
        }
    }

    private int point() {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        return fixtures.valuePoint(fixtures.site("CPY", "UTC"), "P", "kW");
    }

    @Test
    void binaryAndTextCopyStoreTheSameValues() throws SQLException {
        for (CopyFormat first : CopyFormat.values()) {
            int point = point();
            List<Reading> readings = awkwardReadings(point);
            monthsFor(readings);
            CopyFormat second = first == CopyFormat.BINARY ? CopyFormat.TEXT : CopyFormat.BINARY;

            assertEquals(List.of(WriteOutcome.allNew(6)), write(first, List.of(readings)));
            // The other format finds every reading already stored with the very same value.
            assertEquals(List.of(new WriteOutcome(0, 6, 0)), write(second, List.of(readings)), first + " then " + second);
            assertEquals(readings, stored(point));
        }
    }

    @Test
    void eachBatchOfAFlushLearnsItsOwnDuplicates() throws SQLException {
        int point = point();
        List<Reading> readings = awkwardReadings(point);
        monthsFor(readings);
        write(CopyFormat.BINARY, List.of(readings.subList(0, 2)));
        Reading changed = new Reading(point, readings.get(3).ts(), 42, Quality.GOOD);
        List<WriteOutcome> outcomes = write(CopyFormat.BINARY, List.of(readings.subList(0, 4), List.of(changed, readings.get(5))));
        assertEquals(List.of(new WriteOutcome(2, 2, 0), new WriteOutcome(1, 1, 1)), outcomes);
        assertEquals(readings.get(3), stored(point).get(3), "the first write wins");
    }

    private List<Reading> stored(int point) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select ts, value, quality from reading where point_id = ? order by ts")) {
            ps.setInt(1, point);
            List<Reading> readings = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readings.add(new Reading(point, rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getDouble(2),
                            Quality.ofCode(rs.getInt(3)).orElseThrow()));
                }
            }
            return readings;
        }
    }
}
