package io.wardwatt.readings.store;

import io.wardwatt.readings.Reading;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams readings into a table with COPY ... FROM STDIN, in chunks of about 64 KiB so a large batch
 * never sits twice in memory. Plain JDBC, no framework: the service's writer and the ingestion benchmark's
 * raw baseline use the same code, so the benchmark compares the pipeline with COPY itself.
 */
public final class ReadingCopy {

    private static final int CHUNK_BYTES = 1 << 16;

    private final CopyFormat format;

    public ReadingCopy(CopyFormat format) {
        this.format = format;
    }

    /** COPYs the readings into {@code table} (ts, point_id, value, quality) on the connection's transaction. */
    public long into(Connection connection, String table, List<Reading> readings) throws SQLException {
        return copy(connection, "copy " + table + " (ts, point_id, value, quality) from stdin ", readings, false);
    }

    /** COPYs the readings with their position in the list as {@code seq} into (seq, ts, point_id, value, quality). */
    long intoStaging(Connection connection, String table, List<Reading> readings) throws SQLException {
        return copy(connection, "copy " + table + " (seq, ts, point_id, value, quality) from stdin ", readings, true);
    }

    private long copy(Connection connection, String command, List<Reading> readings, boolean withSeq) throws SQLException {
        CopyRowEncoder encoder = new CopyRowEncoder(format, withSeq);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(command + encoder.copyOptions());
        try {
            encoder.header();
            long seq = 0;
            for (Reading reading : readings) {
                encoder.row(seq++, reading);
                if (encoder.length() >= CHUNK_BYTES) {
                    copy.writeToCopy(encoder.bytes(), 0, encoder.length());
                    encoder.reset();
                }
            }
            encoder.trailer();
            copy.writeToCopy(encoder.bytes(), 0, encoder.length());
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
