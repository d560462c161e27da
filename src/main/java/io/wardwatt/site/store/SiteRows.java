package io.wardwatt.site.store;

import io.wardwatt.site.Space;
import io.wardwatt.site.definition.SiteDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything stored of one site, as rows keyed by code, with the id-to-code maps the mapper needs. Loaded
 * in four queries; the hospital's full model (a few thousand spaces and points) fits comfortably.
 */
public final class SiteRows {

    public final SiteRow site;
    public final Map<String, SpaceRow> spaces = new LinkedHashMap<>();
    public final Map<String, DeviceRow> devices = new LinkedHashMap<>();
    public final Map<String, PointRow> points = new LinkedHashMap<>();
    private final Map<Long, String> spaceCodes = new HashMap<>();
    private final Map<Long, String> deviceCodes = new HashMap<>();

    SiteRows(SiteRow site, List<SpaceRow> spaces, List<DeviceRow> devices, List<PointRow> points) {
        this.site = site;
        spaces.forEach(this::add);
        devices.forEach(this::add);
        points.forEach(p -> this.points.put(p.code, p));
    }

    /** Registers a space row (e.g. one just persisted), so later rows can refer to it by code. */
    public void add(SpaceRow row) {
        spaces.put(row.code, row);
        spaceCodes.put(row.id, row.code);
    }

    public void add(DeviceRow row) {
        devices.put(row.code, row);
        deviceCodes.put(row.id, row.code);
    }

    public void add(PointRow row) {
        points.put(row.code, row);
    }

    public Long spaceId(String code) {
        return code == null ? null : spaces.get(code).id;
    }

    public Long deviceId(String code) {
        return code == null ? null : devices.get(code).id;
    }

    public Map<Long, String> spaceCodes() {
        return spaceCodes;
    }

    public Map<Long, String> deviceCodes() {
        return deviceCodes;
    }

    public List<Space> spaceRecords() {
        return spaces.values().stream().map(r -> SiteModelMapper.space(r, spaceCodes)).toList();
    }

    /** The stored site in the shape of a definition file, to compare with one. */
    public SiteDefinition definition() {
        return new SiteDefinition(SiteModelMapper.site(site), spaceRecords(),
                devices.values().stream().map(r -> SiteModelMapper.device(r, spaceCodes)).toList(),
                points.values().stream().map(r -> SiteModelMapper.point(r, deviceCodes, spaceCodes)).toList());
    }
}
