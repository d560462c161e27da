package io.wardwatt.site;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What the readings pipeline needs to know about a point: its identity, kind, the value at which a
 * counter's register wraps, the energy carrier, its unit, the time zone of its site's calendar, and for an energy
 * counter the flow it measures and the code of its parent meter (null: none).
 *
 * @param flow the flow counted (consumption where none was declared); null for a point that is no energy counter
 */
public record MeasurementPoint(int id, String siteCode, String code, PointKind kind, Double rolloverValue,
                               Optional<EnergyCarrier> carrier, String unit, ZoneId zone, long siteId,
                               Long spaceId, EnergyFlow flow, String parentMeter) {

    /** A point with no meter-tree data: a counter with a carrier counts as a consumption meter without parent. */
    public MeasurementPoint(int id, String siteCode, String code, PointKind kind, Double rolloverValue,
                            Optional<EnergyCarrier> carrier, String unit, ZoneId zone, long siteId, Long spaceId) {
        this(id, siteCode, code, kind, rolloverValue, carrier, unit, zone, siteId, spaceId,
                carrier.isPresent() ? EnergyFlow.CONSUMPTION : null, null);
    }

    /** A counter of the carrier's consumption (not generation, export, storage or a duplicate register). */
    public boolean isConsumptionMeter() {
        return isCounter() && carrier.isPresent() && flow == EnergyFlow.CONSUMPTION;
    }

    /** The key clients use instead of the numeric id: {@code SITE/POINT}. */
    public String key() {
        return siteCode + "/" + code;
    }

    public boolean isCounter() {
        return kind == PointKind.COUNTER;
    }
}
