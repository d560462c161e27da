package io.wardwatt.forecast.runtime.load;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Hourly series of a site's points from the rollups: a counter's consumption per hour as a mean load, a value's mean. */
@ApplicationScoped
class HourlySeries {

    /** kW per unit of a counter's hourly consumption, or of a value. */
    private static final Map<String, Double> COUNTER_TO_KW = Map.of("wh", 0.001, "kwh", 1.0, "mwh", 1000.0);
    private static final Map<String, Double> VALUE_TO_KW = Map.of("w", 0.001, "kw", 1.0, "mw", 1000.0);

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader reader;

    /**
     * The sum of the points' loads, kW; an hour is NaN unless every point has it.
     *
     * @param field the configuration key naming the points, for the error when one is missing or not a load
     */
    double[] sumKw(String site, List<String> codes, Instant from, int hours, String field) {
        double[] sum = new double[hours];
        for (String code : codes) {
            MeasurementPoint point = points.byKey(site, code)
                    .orElseThrow(() -> new InvalidInputException(field, "no point " + site + "/" + code + " in the site model"));
            String unit = point.unit() == null ? "" : point.unit().toLowerCase(Locale.ROOT);
            Double factor = (point.isCounter() ? COUNTER_TO_KW : VALUE_TO_KW).get(unit);
            if (factor == null) {
                throw new InvalidInputException(field, point.key() + " is a " + (point.isCounter() ? "counter" : "value") + " in '" + point.unit()
                        + "', not a load: counters in Wh, kWh or MWh, values in W, kW or MW");
            }
            double[] values = hourly(point, from, hours);
            for (int i = 0; i < hours; i++) {
                sum[i] += values[i] * factor;
            }
        }
        return sum;
    }

    /** The hourly means of a value point, or empty when the site has no such point. */
    Optional<double[]> meanIfPresent(String site, String code, Instant from, int hours) {
        return points.byKey(site, code).map(point -> hourly(point, from, hours));
    }

    private double[] hourly(MeasurementPoint point, Instant from, int hours) {
        double[] values = new double[hours];
        Arrays.fill(values, Double.NaN);
        Instant to = from.plusSeconds(3600L * hours);
        PointSeries series = reader.series(point, from.toString(), to.toString(), "1h");
        if (series.consumption() != null) {
            for (ConsumptionBucket bucket : series.consumption()) {
                put(values, from, bucket.start(), bucket.quantity());
            }
        } else if (series.values() != null) {
            for (ValueBucket bucket : series.values()) {
                if (bucket.count() > 0) {
                    put(values, from, bucket.start(), bucket.avg());
                }
            }
        }
        return values;
    }

    private static void put(double[] values, Instant from, Instant start, double value) {
        long index = (start.getEpochSecond() - from.getEpochSecond()) / 3600;
        if (index >= 0 && index < values.length) {
            values[(int) index] = value;
        }
    }
}
