package io.wardwatt.readings;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

/**
 * One month of {@code reading} in PARTITIONED mode: the partition {@code reading_yYYYYmMM} holding the
 * readings from the first instant of the UTC month (inclusive) to that of the next (exclusive).
 */
public record MonthlyPartition(YearMonth month) implements Comparable<MonthlyPartition> {

    public static MonthlyPartition of(Instant ts) {
        return new MonthlyPartition(YearMonth.from(ts.atOffset(ZoneOffset.UTC)));
    }

    /** The months the readings fall in, earliest first. */
    public static Set<MonthlyPartition> covering(Iterable<Reading> readings) {
        Set<MonthlyPartition> months = new TreeSet<>();
        YearMonth last = null;
        for (Reading reading : readings) {
            YearMonth month = YearMonth.from(reading.ts().atOffset(ZoneOffset.UTC));
            if (!month.equals(last)) {
                months.add(new MonthlyPartition(month));
                last = month;
            }
        }
        return months;
    }

    /** The table name, e.g. {@code reading_y2026m07}. */
    public String tableName() {
        return String.format("reading_y%04dm%02d", month.getYear(), month.getMonthValue());
    }

    public Instant from() {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant to() {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public int compareTo(MonthlyPartition other) {
        return month.compareTo(other.month);
    }
}
