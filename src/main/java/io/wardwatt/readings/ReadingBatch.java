package io.wardwatt.readings;

import java.util.List;
import java.util.Objects;

/**
 * What travels on the {@code readings} channel: validated readings from one source (an API request, one
 * poll of a device), stored in one transaction. {@code source} says where they came from, e.g.
 * {@code api:engineer} or {@code modbus:chiller-plant}; it is kept in the audit log.
 */
public record ReadingBatch(String source, List<Reading> readings) {

    public ReadingBatch {
        Objects.requireNonNull(source, "source");
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one reading");
        }
    }

    public int size() {
        return readings.size();
    }
}
