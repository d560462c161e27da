package io.wardwatt.site.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Device;
import io.wardwatt.site.store.DeviceRepository;
import io.wardwatt.site.store.DeviceRow;
import io.wardwatt.site.store.PointRepository;
import io.wardwatt.site.store.SiteModelMapper;
import io.wardwatt.site.store.SiteRow;
import io.wardwatt.site.store.SpaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates, changes and removes devices. */
@ApplicationScoped
@Transactional
public class DeviceService {

    static final String ENTITY = "device";

    @Inject
    SiteService sites;

    @Inject
    SpaceRepository spaces;

    @Inject
    DeviceRepository devices;

    @Inject
    PointRepository points;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SiteModelChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Device> list(String siteCode) {
        SiteRow site = sites.requireRow(siteCode);
        Map<Long, String> spaceCodes = spaces.codesBySite(site.id);
        return devices.listBySite(site.id).stream().map(row -> SiteModelMapper.device(row, spaceCodes)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Device> find(String siteCode, String code) {
        SiteRow site = sites.requireRow(siteCode);
        return devices.findByCode(site.id, code).map(row -> SiteModelMapper.device(row, spaces.codesBySite(site.id)));
    }

    public Device create(String siteCode, Device device) {
        SiteRow site = sites.requireRow(siteCode);
        if (devices.findByCode(site.id, device.code()).isPresent()) {
            throw new StateConflictException("Device '" + device.code() + "' exists already in site '" + siteCode + "'");
        }
        DeviceRow row = new DeviceRow();
        row.siteId = site.id;
        SiteModelMapper.apply(device, spaceId(site, device), row);
        devices.persist(row);
        audit.record("create", ENTITY, SpaceService.key(siteCode, device.code()), null, device);
        changed.fire(new SiteModelChanged(siteCode));
        return device;
    }

    /** Replaces a device's fields; its code stays. */
    public Device update(String siteCode, Device device) {
        SiteRow site = sites.requireRow(siteCode);
        DeviceRow row = requireRow(site, device.code());
        Device before = SiteModelMapper.device(row, spaces.codesBySite(site.id));
        if (before.equals(device)) {
            return before;
        }
        SiteModelMapper.apply(device, spaceId(site, device), row);
        audit.record("update", ENTITY, SpaceService.key(siteCode, device.code()), before, device);
        changed.fire(new SiteModelChanged(siteCode));
        return device;
    }

    /** Removes a device no point is read from. */
    public void delete(String siteCode, String code) {
        SiteRow site = sites.requireRow(siteCode);
        DeviceRow row = requireRow(site, code);
        List<String> pointCodes = points.codesOfDevice(row.id);
        if (!pointCodes.isEmpty()) {
            throw new StateConflictException("Device '" + code + "' of site '" + siteCode + "' still has " + pointCodes.size() + " points ("
                    + References.list(pointCodes) + "); delete them or move them to another device first");
        }
        Device before = SiteModelMapper.device(row, spaces.codesBySite(site.id));
        devices.delete(row);
        References.flushOrConflict(devices.getEntityManager(), "device '" + code + "'");
        audit.record("delete", ENTITY, SpaceService.key(siteCode, code), before, null);
        changed.fire(new SiteModelChanged(siteCode));
    }

    private DeviceRow requireRow(SiteRow site, String code) {
        return devices.findByCode(site.id, code).orElseThrow(() -> new UnknownEntityException(ENTITY, site.code + "/" + code));
    }

    private Long spaceId(SiteRow site, Device device) {
        if (device.space() == null) {
            return null;
        }
        return spaces.findByCode(site.id, device.space())
                .orElseThrow(() -> new InvalidInputException("space", "there is no space '" + device.space() + "' in site '" + site.code + "'")).id;
    }
}
