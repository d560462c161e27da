package io.wardwatt.spaces.runtime;

import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.MeasurementPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Each counter's consumption over whole local days, in its carrier's canonical unit, from the daily rollups. */
@ApplicationScoped
public class CounterTotals {

    @Inject
    RollupSeriesReader series;

    /** @return per counter id; a counter with no consumption rows in the period is absent (not 0: it may be offline) */
    public Map<Integer, Double> over(Collection<MeasurementPoint> counters, Instant from, Instant to) {
        Map<Integer, Double> totals = new HashMap<>();
        for (MeasurementPoint p : counters) {
            PointSeries s = series.series(p, from.toString(), to.toString(), "1d");
            if (s.consumption() != null && !s.consumption().isEmpty() && s.total() != null && s.total().canonicalQuantity() != null) {
                totals.put(p.id(), s.total().canonicalQuantity());
            }
        }
        return totals;
    }
}
