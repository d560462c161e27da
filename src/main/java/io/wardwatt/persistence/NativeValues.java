package io.wardwatt.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of native queries as the JDBC driver and Hibernate hand them back, read as our types. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A timestamptz column (Instant, OffsetDateTime or Timestamp, by driver and Hibernate version); null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("a timestamp came back as " + value.getClass());
    }
}
