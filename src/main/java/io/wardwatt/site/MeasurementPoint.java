package io.wardwatt.site;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What the readings pipeline needs to know about a point: its identity, kind, the value at which a
 * counter's register wraps, the energy carrier, its unit, and the time zone of its site's calendar.
 */
public record MeasurementPoint(int id, String siteCode, String code, PointKind kind, Double rolloverValue,
                               Optional<EnergyCarrier> carrier, String unit, ZoneId zone, long siteId,
                               Long spaceId) {

    /** The key clients use instead of the numeric id: {@code SITE/POINT}. */
    public String key() {
        return siteCode + "/" + code;
    }

    public boolean isCounter() {
        return kind == PointKind.COUNTER;
    }
}
