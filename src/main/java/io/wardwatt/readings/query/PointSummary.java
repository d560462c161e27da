package io.wardwatt.readings.query;

import io.wardwatt.site.MeasurementPoint;

/** The point a series belongs to: unit, carrier and canonical unit (null without a carrier), and the site's zone. */
public record PointSummary(int id, String key, String kind, String unit, String carrier, String canonicalUnit, String zone) {

    public static PointSummary of(MeasurementPoint p) {
        return new PointSummary(p.id(), p.key(), p.kind().name(), p.unit(), p.carrier().map(c -> c.code()).orElse(null),
                p.carrier().map(c -> c.canonicalUnit()).orElse(null), p.zone().getId());
    }
}
