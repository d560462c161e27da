package io.wardwatt.readings.runtime;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.query.ConsumptionTotal;
import io.wardwatt.readings.query.FlaggedReadings;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.query.PointSummary;
import io.wardwatt.readings.query.QualityInterval;
import io.wardwatt.readings.query.QueryPeriod;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.readings.query.Resolution;
import io.wardwatt.readings.query.SeriesBuckets;
import io.wardwatt.readings.query.SeriesQuality;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.readings.rollup.BucketConsumption;
import io.wardwatt.readings.rollup.TimeBuckets;
import io.wardwatt.readings.store.RollupQueries;
import io.wardwatt.readings.store.RollupTable;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/** A point's series at a resolution, read from the rollups (the same relations in both storage modes). */
@ApplicationScoped
public class RollupSeriesReader {

    @Inject
    PointDirectory points;

    @Inject
    RollupQueries queries;

    @Inject
    RollupConfig config;

    public MeasurementPoint point(int pointId) {
        return points.byId(pointId).orElseThrow(() -> new UnknownEntityException("point", pointId));
    }

    /** @param key {@code SITE/POINT} */
    public MeasurementPoint point(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            throw new InvalidInputException("point", "required: SITE/POINT, e.g. HOSP/GRID-MAIN-KWH, got '" + key + "'");
        }
        return points.byKey(key.substring(0, slash), key.substring(slash + 1))
                .orElseThrow(() -> new UnknownEntityException("point", key));
    }

    public PointSeries series(MeasurementPoint point, String from, String to, String resolution) {
        int maxRows = config.query().maxRows();
        QueryPeriod period = QueryPeriod.parse(from, to, resolution, point.zone(), maxRows, Resolution.values());
        String res = period.resolution().code();
        PointSummary summary = PointSummary.of(point);
        if (period.resolution() == Resolution.RAW) {
            List<RawValue> raw = queries.raw(point.id(), period.from(), period.to(), maxRows + 1);
            if (raw.size() > maxRows) {
                throw new InvalidInputException("to", "the range holds more than " + maxRows
                        + " readings: ask for a shorter range or a coarser resolution");
            }
            return new PointSeries(summary, res, period.from(), period.to(), raw, null, null, null, null);
        }
        if (!point.isCounter()) {
            List<ValueBucket> values = values(point, period);
            return new PointSeries(summary, res, period.from(), period.to(), null, values, null, null,
                    quality(point, period, values.stream().map(ValueBucket::start).collect(Collectors.toSet())));
        }
        List<ConsumptionBucket> consumption = consumption(point, period);
        return new PointSeries(summary, res, period.from(), period.to(), null, null, consumption, total(consumption, toCanonical(point)),
                quality(point, period, consumption.stream().map(ConsumptionBucket::start).collect(Collectors.toSet())));
    }

    /**
     * The series' missing buckets and those holding readings of lesser quality, read from the raw readings; a counter's
     * reading marks the bucket its step ends in.
     */
    private List<QualityInterval> quality(MeasurementPoint point, QueryPeriod period, Set<Instant> withData) {
        Map<Instant, FlaggedReadings> flagged = new HashMap<>();
        switch (period.resolution()) {
            case QUARTER_HOUR, HOUR -> flagged.putAll(queries.flagged(point.id(), period.from(), period.to(),
                    (period.resolution() == Resolution.HOUR ? TimeBuckets.HOUR : TimeBuckets.QUARTER_HOUR).toSeconds(), point.isCounter()));
            default -> queries.flaggedDays(point.id(), period.from(), period.to(), point.zone(), point.isCounter()).forEach((day, f) -> {
                LocalDate bucket = period.resolution() == Resolution.MONTH ? day.withDayOfMonth(1) : day;
                flagged.merge(TimeBuckets.startOfDay(bucket, point.zone()), f, FlaggedReadings::merge);
            });
        }
        return SeriesQuality.intervals(period.grid(), withData, flagged, Instant.now());
    }

    private List<ValueBucket> values(MeasurementPoint point, QueryPeriod period) {
        return switch (period.resolution()) {
            case QUARTER_HOUR -> SeriesBuckets.values(queries.values(RollupTable.QUARTER_HOUR, point.id(), period.from(), period.to()),
                    TimeBuckets.QUARTER_HOUR);
            case HOUR -> SeriesBuckets.values(queries.values(RollupTable.HOUR, point.id(), period.from(), period.to()), TimeBuckets.HOUR);
            default -> SeriesBuckets.valueDays(queries.valueDays(point.id(), period.firstDay(), period.endDay()), point.zone(),
                    period.resolution() == Resolution.MONTH);
        };
    }

    private List<ConsumptionBucket> consumption(MeasurementPoint point, QueryPeriod period) {
        DoubleUnaryOperator canonical = toCanonical(point);
        List<Integer> ids = List.of(point.id());
        return switch (period.resolution()) {
            case QUARTER_HOUR, HOUR -> {
                RollupTable table = period.resolution() == Resolution.HOUR ? RollupTable.HOUR : RollupTable.QUARTER_HOUR;
                Duration size = period.resolution() == Resolution.HOUR ? TimeBuckets.HOUR : TimeBuckets.QUARTER_HOUR;
                Map<Integer, SortedMap<Instant, BucketConsumption>> rows = queries.consumption(table, ids, period.from(), period.to());
                yield SeriesBuckets.consumption(rows.getOrDefault(point.id(), new TreeMap<>()), size, canonical);
            }
            default -> {
                Map<Integer, SortedMap<LocalDate, BucketConsumption>> rows = queries.consumptionDays(ids, period.firstDay(), period.endDay());
                yield SeriesBuckets.consumptionDays(rows.getOrDefault(point.id(), new TreeMap<>()), point.zone(),
                        period.resolution() == Resolution.MONTH, canonical);
            }
        };
    }

    private static ConsumptionTotal total(List<ConsumptionBucket> buckets, DoubleUnaryOperator canonical) {
        double quantity = buckets.stream().mapToDouble(ConsumptionBucket::quantity).sum();
        int anomalies = buckets.stream().mapToInt(ConsumptionBucket::anomalies).sum();
        return new ConsumptionTotal(quantity, canonical == null ? null : canonical.applyAsDouble(quantity), anomalies);
    }

    /** Converts the point's unit to its carrier's canonical unit; null without a carrier (or with a unit it does not know). */
    static DoubleUnaryOperator toCanonical(MeasurementPoint point) {
        return point.carrier().filter(c -> c.accepts(point.unit()))
                .<DoubleUnaryOperator>map(c -> q -> c.toCanonical(q, point.unit())).orElse(null);
    }
}
