package io.wardwatt.readings;

import java.time.Instant;
import java.time.LocalDate;
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
        // From the epoch day rather than atOffset(UTC), which builds a ZoneRules per call: this runs per reading.
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(ts.getEpochSecond(), 86_400L));
        return new MonthlyPartition(YearMonth.of(day.getYear(), day.getMonth()));
    }

    /** The months the readings fall in, earliest first. */
    public static Set<MonthlyPartition> covering(Iterable<Reading> readings) {
        Set<MonthlyPartition> months = new TreeSet<>();
        long from = 0;
        long to = 0;
        for (Reading reading : readings) {
            long second = reading.ts().getEpochSecond();
            if (second < from || second >= to) {
                MonthlyPartition month = of(reading.ts());
                months.add(month);
                from = month.from().getEpochSecond();
                to = month.to().getEpochSecond();
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
