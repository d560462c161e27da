package io.wardwatt.optimize.runtime;

import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The configured meters of a site as the plan's site inputs read them: a point found and fit for its use, or the reason
 * it is not (added to the caller's notes, which end up in the scenario's description); consumption and value series as
 * arrays over a span, NaN where the rollups have no bucket.
 */
@ApplicationScoped
public class SiteMeters {

    static final Duration QUARTER = Duration.ofMinutes(15);
    static final Duration HOUR = Duration.ofHours(1);
    /** Each query stays far below the query layer's row limit (rollups.query.max-rows, default 10,000). */
    private static final int BUCKETS_PER_QUERY = 672;
    /** A reading of worse quality than estimated (stale, suspect, bad) does not tell the battery's state. */
    private static final int WORST_USABLE_QUALITY = 1;

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader series;

    /** The site's counter in kWh named by the configuration key, or empty with the reason in {@code notes}. */
    Optional<MeasurementPoint> kwhCounter(String site, Optional<String> code, String key, String term, List<String> notes) {
        return point(site, code, key, term, notes).filter(point -> {
            if (point.isCounter() && "kwh".equals(lower(point.unit()))) {
                return true;
            }
            notes.add("no " + term + ": " + point.key() + " (" + key + ") is a " + (point.isCounter() ? "counter" : "value") + " in '"
                    + point.unit() + "', not a counter in kWh");
            return false;
        });
    }

    /** The site's value point in one of {@code units}, or empty with the reason in {@code notes}. */
    Optional<MeasurementPoint> value(String site, Optional<String> code, String key, String term, Set<String> units, List<String> notes) {
        return point(site, code, key, term, notes).filter(point -> {
            if (!point.isCounter() && units.contains(lower(point.unit()))) {
                return true;
            }
            notes.add("no " + term + ": " + point.key() + " (" + key + ") is a " + (point.isCounter() ? "counter" : "value") + " in '"
                    + point.unit() + "', not a value in " + String.join(" or ", units));
            return false;
        });
    }

    private Optional<MeasurementPoint> point(String site, Optional<String> code, String key, String term, List<String> notes) {
        if (code.isEmpty() || code.get().isBlank()) {
            notes.add("no " + term + " (" + key + " is not set)");
            return Optional.empty();
        }
        Optional<MeasurementPoint> point = points.byKey(site, code.get().trim());
        if (point.isEmpty()) {
            notes.add("no " + term + ": no point " + site + "/" + code.get().trim() + " (" + key + ") in the site model");
        }
        return point;
    }

    /** The counter's consumption in each of {@code count} buckets of {@code size} from {@code from}; NaN without a sound bucket. */
    double[] consumption(MeasurementPoint counter, Instant from, int count, Duration size) {
        double[] kwh = nan(count);
        for (PointSeries part : parts(counter, from, count, size)) {
            for (ConsumptionBucket bucket : part.consumption()) {
                int index = index(from, bucket.start(), size, count);
                // A bucket holding an anomalous register step counted it as zero: its figure is not the meter's.
                if (index >= 0 && bucket.anomalies() == 0) {
                    kwh[index] = bucket.quantity();
                }
            }
        }
        return kwh;
    }

    /** The value point's mean in each of {@code count} buckets of {@code size} from {@code from}; NaN without readings. */
    double[] means(MeasurementPoint value, Instant from, int count, Duration size) {
        double[] means = nan(count);
        for (PointSeries part : parts(value, from, count, size)) {
            for (ValueBucket bucket : part.values()) {
                int index = index(from, bucket.start(), size, count);
                if (index >= 0 && bucket.count() > 0) {
                    means[index] = bucket.avg();
                }
            }
        }
        return means;
    }

    /** The latest usable reading in [before − maxAge, before), looked for a quarter hour at a time from the end. */
    Optional<RawValue> latest(MeasurementPoint value, Instant before, Duration maxAge) {
        for (Instant to = before; to.isAfter(before.minus(maxAge)); to = to.minus(QUARTER)) {
            Instant from = to.minus(QUARTER).isBefore(before.minus(maxAge)) ? before.minus(maxAge) : to.minus(QUARTER);
            List<RawValue> readings = series.series(value, from.toString(), to.toString(), "raw").readings();
            for (int i = readings.size() - 1; i >= 0; i--) {
                if (readings.get(i).quality() <= WORST_USABLE_QUALITY) {
                    return Optional.of(readings.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private List<PointSeries> parts(MeasurementPoint point, Instant from, int count, Duration size) {
        String resolution = size.equals(QUARTER) ? "15m" : size.equals(HOUR) ? "1h" : null;
        if (resolution == null) {
            throw new IllegalArgumentException("buckets of " + size + " are not rolled up");
        }
        List<PointSeries> parts = new ArrayList<>();
        for (int start = 0; start < count; start += BUCKETS_PER_QUERY) {
            Instant partFrom = from.plus(size.multipliedBy(start));
            Instant partTo = from.plus(size.multipliedBy(Math.min(count, start + BUCKETS_PER_QUERY)));
            parts.add(series.series(point, partFrom.toString(), partTo.toString(), resolution));
        }
        return parts;
    }

    private static int index(Instant from, Instant bucket, Duration size, int count) {
        long index = Duration.between(from, bucket).toSeconds() / size.toSeconds();
        return bucket.isBefore(from) || index >= count ? -1 : (int) index;
    }

    private static double[] nan(int count) {
        double[] values = new double[count];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static String lower(String unit) {
        return unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
    }
}
