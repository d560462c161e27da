package io.wardwatt.readings.query;

import io.wardwatt.readings.rollup.BucketConsumption;
import io.wardwatt.readings.rollup.ValueStats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/** Turns rollup rows into labelled buckets, folding local days into local months where asked. */
public final class SeriesBuckets {

    private SeriesBuckets() {
    }

    public static List<ValueBucket> values(Map<Instant, ValueStats> buckets, Duration size) {
        List<ValueBucket> rows = new ArrayList<>();
        buckets.forEach((start, s) -> rows.add(new ValueBucket(start.toString(), start, start.plus(size), s.avg(), s.min(), s.max(), s.count())));
        return rows;
    }

    public static List<ValueBucket> valueDays(Map<LocalDate, ValueStats> days, ZoneId zone, boolean monthly) {
        List<ValueBucket> rows = new ArrayList<>();
        if (monthly) {
            SortedMap<YearMonth, ValueStats> months = new TreeMap<>();
            days.forEach((day, s) -> months.merge(YearMonth.from(day), s, ValueStats::merge));
            months.forEach((month, s) -> rows.add(new ValueBucket(month.toString(), start(month.atDay(1), zone),
                    start(month.plusMonths(1).atDay(1), zone), s.avg(), s.min(), s.max(), s.count())));
        } else {
            days.forEach((day, s) -> rows.add(new ValueBucket(day.toString(), start(day, zone), start(day.plusDays(1), zone),
                    s.avg(), s.min(), s.max(), s.count())));
        }
        return rows;
    }

    /** @param toCanonical converts a quantity in the point's unit to the canonical unit, or null when there is none */
    public static List<ConsumptionBucket> consumption(Map<Instant, BucketConsumption> buckets, Duration size, DoubleUnaryOperator toCanonical) {
        List<ConsumptionBucket> rows = new ArrayList<>();
        buckets.forEach((start, c) -> rows.add(new ConsumptionBucket(start.toString(), start, start.plus(size), c.quantity(),
                canonical(c.quantity(), toCanonical), c.anomalies())));
        return rows;
    }

    public static List<ConsumptionBucket> consumptionDays(Map<LocalDate, BucketConsumption> days, ZoneId zone, boolean monthly,
                                                          DoubleUnaryOperator toCanonical) {
        List<ConsumptionBucket> rows = new ArrayList<>();
        if (monthly) {
            monthly(days).forEach((month, c) -> rows.add(new ConsumptionBucket(month.toString(), start(month.atDay(1), zone),
                    start(month.plusMonths(1).atDay(1), zone), c.quantity(), canonical(c.quantity(), toCanonical), c.anomalies())));
        } else {
            days.forEach((day, c) -> rows.add(new ConsumptionBucket(day.toString(), start(day, zone), start(day.plusDays(1), zone),
                    c.quantity(), canonical(c.quantity(), toCanonical), c.anomalies())));
        }
        return rows;
    }

    public static SortedMap<YearMonth, BucketConsumption> monthly(Map<LocalDate, BucketConsumption> days) {
        SortedMap<YearMonth, BucketConsumption> months = new TreeMap<>();
        days.forEach((day, c) -> months.merge(YearMonth.from(day), c, BucketConsumption::plus));
        return months;
    }

    private static Double canonical(double quantity, DoubleUnaryOperator toCanonical) {
        return toCanonical == null ? null : toCanonical.applyAsDouble(quantity);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
