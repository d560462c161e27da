package io.wardwatt.readings;

/**
 * How raw readings are stored, decided once by the schema migration (table {@code storage_mode}) and
 * read by the service at start-up.
 */
public enum StorageMode {
    /** {@code reading} is a TimescaleDB hypertable; chunks are TimescaleDB's business. */
    TIMESCALEDB,
    /** {@code reading} is range-partitioned by UTC month; the service creates a month's partition before writing into it. */
    PARTITIONED;

    /** Whether the service itself keeps readings_15m and readings_1h (tables), or TimescaleDB does (continuous aggregates). */
    public boolean valueRollupsKeptByService() {
        return this == PARTITIONED;
    }
}
