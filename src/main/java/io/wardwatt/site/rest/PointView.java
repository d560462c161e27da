package io.wardwatt.site.rest;

import io.wardwatt.site.Point;
import io.wardwatt.site.PointKind;
import io.wardwatt.site.RegisteredPoint;
import java.util.List;

/**
 * A point as the API shows it: the fields of a definition file (carrier in its file spelling, e.g.
 * {@code natural_gas}; flow as {@code storage-charge}, the one counted: consumption for an energy counter that declares
 * none) plus the numeric id and the {@code SITE/POINT} key readings are sent with.
 */
public record PointView(int id, String key, String code, String name, String unit, PointKind kind, Double rolloverValue,
                        String carrier, String device, String space, List<String> tags, String flow, String parentMeter) {

    static PointView of(String siteCode, RegisteredPoint registered) {
        Point p = registered.point();
        return new PointView(registered.id(), siteCode + "/" + p.code(), p.code(), p.name(), p.unit(), p.kind(), p.rolloverValue(),
                p.carrier() == null ? null : p.carrier().code(), p.device(), p.space(), p.tags(),
                p.effectiveFlow().map(f -> f.code()).orElse(null), p.parentMeter());
    }
}
