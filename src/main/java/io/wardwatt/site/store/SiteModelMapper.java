package io.wardwatt.site.store;

import io.wardwatt.site.Device;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.Point;
import io.wardwatt.site.PointKind;
import io.wardwatt.site.RegisteredPoint;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

/**
 * Rows to records and back. References between rows are ids, between records codes: the caller passes
 * the codes of the referenced rows (record side) or their ids (row side).
 */
public final class SiteModelMapper {

    private SiteModelMapper() {
    }

    public static Site site(SiteRow row) {
        return new Site(row.code, row.name, row.timeZone, row.floorAreaM2.doubleValue(), row.gridRegion, row.province);
    }

    public static void apply(Site site, SiteRow row) {
        row.code = site.code();
        row.name = site.name();
        row.timeZone = site.timeZone();
        row.floorAreaM2 = area(site.floorAreaM2());
        row.gridRegion = site.gridRegion();
        row.province = site.province();
        row.updatedAt = Instant.now();
    }

    /** @param spaceCodes codes of the site's spaces by id (for the parent) */
    public static Space space(SpaceRow row, Map<Long, String> spaceCodes) {
        return new Space(row.code, row.name, SpaceLevel.valueOf(row.level), code(row.parentId, spaceCodes),
                row.areaM2 == null ? null : row.areaM2.doubleValue());
    }

    public static void apply(Space space, Long parentId, SpaceRow row) {
        row.code = space.code();
        row.name = space.name();
        row.level = space.level().name();
        row.parentId = parentId;
        row.areaM2 = space.areaM2() == null ? null : area(space.areaM2());
        row.updatedAt = Instant.now();
    }

    public static Device device(DeviceRow row, Map<Long, String> spaceCodes) {
        return new Device(row.code, row.name, row.kind, code(row.spaceId, spaceCodes), row.manufacturer, row.model);
    }

    public static void apply(Device device, Long spaceId, DeviceRow row) {
        row.code = device.code();
        row.name = device.name();
        row.kind = device.kind();
        row.spaceId = spaceId;
        row.manufacturer = device.manufacturer();
        row.model = device.model();
        row.updatedAt = Instant.now();
    }

    public static Point point(PointRow row, Map<Long, String> deviceCodes, Map<Long, String> spaceCodes) {
        EnergyCarrier carrier = row.carrier == null ? null : EnergyCarrier.parse(row.carrier)
                .orElseThrow(() -> new IllegalStateException("point " + row.id + " has an unknown carrier '" + row.carrier + "'"));
        return new Point(row.code, row.name, row.unit, PointKind.valueOf(row.kind), row.rolloverValue, carrier,
                code(row.deviceId, deviceCodes), code(row.spaceId, spaceCodes), row.tags == null ? null : new ArrayList<>(row.tags),
                row.flow == null ? null : EnergyFlow.valueOf(row.flow), row.parentMeter);
    }

    public static RegisteredPoint registered(PointRow row, Map<Long, String> deviceCodes, Map<Long, String> spaceCodes) {
        return new RegisteredPoint(row.id, point(row, deviceCodes, spaceCodes));
    }

    public static void apply(Point point, Long deviceId, Long spaceId, PointRow row) {
        row.code = point.code();
        row.name = point.name();
        row.unit = point.unit();
        row.kind = point.kind().name();
        row.rolloverValue = point.rolloverValue();
        row.carrier = point.carrier() == null ? null : point.carrier().code();
        row.deviceId = deviceId;
        row.spaceId = spaceId;
        row.tags = new ArrayList<>(point.tags());
        row.flow = point.flow() == null ? null : point.flow().name();
        row.parentMeter = point.parentMeter();
        row.updatedAt = Instant.now();
    }

    private static String code(Long id, Map<Long, String> codes) {
        if (id == null) {
            return null;
        }
        String code = codes.get(id);
        if (code == null) {
            throw new IllegalStateException("row " + id + " is referenced but was not loaded");
        }
        return code;
    }

    private static BigDecimal area(double m2) {
        return BigDecimal.valueOf(m2).setScale(2, RoundingMode.HALF_UP);
    }
}
