package io.wardwatt.readings;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What travels on the {@code readings} channel: validated readings from one source (an API request, one
 * poll of a device), stored in one transaction. {@code source} says where they came from, e.g.
 * {@code api:engineer} or {@code modbus:chiller-plant}; the readings metrics count batches by it.
 * <p>
 * The batch also knows its time span, its months and how many points it covers, worked out once by the
 * sender while the readings are fresh in its cache, so the single writer thread does not walk them again.
 */
public final class ReadingBatch {

    private final String source;
    private final List<Reading> readings;
    private final Instant earliest;
    private final Instant latest;
    private final Set<MonthlyPartition> months;
    private final int pointCount;

    public ReadingBatch(String source, List<Reading> readings) {
        this.source = Objects.requireNonNull(source, "source");
        this.readings = List.copyOf(readings);
        if (this.readings.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one reading");
        }
        Instant first = this.readings.get(0).ts();
        Instant last = first;
        BitSet points = new BitSet();
        for (Reading reading : this.readings) {
            Instant ts = reading.ts();
            first = ts.isBefore(first) ? ts : first;
            last = ts.isAfter(last) ? ts : last;
            points.set(reading.pointId());
        }
        this.earliest = first;
        this.latest = last;
        this.months = MonthlyPartition.covering(this.readings);
        this.pointCount = points.cardinality();
    }

    public String source() {
        return source;
    }

    public List<Reading> readings() {
        return readings;
    }

    public int size() {
        return readings.size();
    }

    /** The time of the earliest reading. */
    public Instant earliest() {
        return earliest;
    }

    /** The time of the latest reading. */
    public Instant latest() {
        return latest;
    }

    /** The UTC months the readings fall in, earliest first. */
    public Set<MonthlyPartition> months() {
        return months;
    }

    /** How many distinct points the readings are of. */
    public int pointCount() {
        return pointCount;
    }

    @Override
    public String toString() {
        return "ReadingBatch[" + source + ", " + readings.size() + " readings of " + pointCount + " points, " + earliest + ".." + latest + "]";
    }
}
