package io.wardwatt.site.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.definition.ImportPlan;
import io.wardwatt.site.store.DeviceRepository;
import io.wardwatt.site.store.DeviceRow;
import io.wardwatt.site.store.PointRepository;
import io.wardwatt.site.store.PointRow;
import io.wardwatt.site.store.SiteModelMapper;
import io.wardwatt.site.store.SiteRepository;
import io.wardwatt.site.store.SiteRow;
import io.wardwatt.site.store.SiteRows;
import io.wardwatt.site.store.SiteRowsLoader;
import io.wardwatt.site.store.SpaceRepository;
import io.wardwatt.site.store.SpaceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an import plan in the caller's transaction, each created or updated entity audited with its
 * state before and after. Spaces go outer levels first, so every parent has its row before its children.
 */
@ApplicationScoped
public class SiteModelWriter {

    @Inject
    SiteRepository sites;

    @Inject
    SpaceRepository spaces;

    @Inject
    DeviceRepository devices;

    @Inject
    PointRepository points;

    @Inject
    SiteRowsLoader loader;

    @Inject
    AuditTrail audit;

    /** @param rows what is stored of the site, or null when the plan creates it */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ImportPlan plan, SiteRows rows) {
        SiteRows target = rows == null ? loader.load(createSite(plan)) : rows;
        String siteCode = plan.siteCode();
        for (ImportPlan.Update<Site> update : plan.sites().updated()) {
            SiteModelMapper.apply(update.after(), target.site);
            audit.record("update", SiteService.ENTITY, siteCode, update.before(), update.after());
        }
        List<ImportPlan.Update<Space>> spaceChanges = changes(plan.spaces());
        spaceChanges.sort(Comparator.comparing(u -> u.after().level()));
        for (ImportPlan.Update<Space> change : spaceChanges) {
            Space space = change.after();
            SpaceRow row = target.spaces.get(space.code());
            if (row == null) {
                row = new SpaceRow();
                row.siteId = target.site.id;
                SiteModelMapper.apply(space, target.spaceId(space.parent()), row);
                spaces.persist(row);
                target.add(row);
            } else {
                SiteModelMapper.apply(space, target.spaceId(space.parent()), row);
            }
            write(SpaceService.ENTITY, siteCode, space.code(), change);
        }
        for (ImportPlan.Update<Device> change : changes(plan.devices())) {
            Device device = change.after();
            DeviceRow row = target.devices.get(device.code());
            if (row == null) {
                row = new DeviceRow();
                row.siteId = target.site.id;
                SiteModelMapper.apply(device, target.spaceId(device.space()), row);
                devices.persist(row);
                target.add(row);
            } else {
                SiteModelMapper.apply(device, target.spaceId(device.space()), row);
            }
            write(DeviceService.ENTITY, siteCode, device.code(), change);
        }
        for (ImportPlan.Update<Point> change : changes(plan.points())) {
            Point point = change.after();
            PointRow row = target.points.get(point.code());
            if (row == null) {
                row = new PointRow();
                row.siteId = target.site.id;
                SiteModelMapper.apply(point, target.deviceId(point.device()), target.spaceId(point.space()), row);
                points.persist(row);
                target.add(row);
            } else {
                SiteModelMapper.apply(point, target.deviceId(point.device()), target.spaceId(point.space()), row);
            }
            write(PointService.ENTITY, siteCode, point.code(), change);
        }
    }

    private SiteRow createSite(ImportPlan plan) {
        Site site = plan.sites().created().get(0);
        SiteRow row = new SiteRow();
        SiteModelMapper.apply(site, row);
        sites.persist(row);
        audit.record("create", SiteService.ENTITY, site.code(), null, site);
        return row;
    }

    /** Created entities as updates from nothing, then the updated ones. */
    private static <T> List<ImportPlan.Update<T>> changes(ImportPlan.Changes<T> changes) {
        List<ImportPlan.Update<T>> all = new ArrayList<>();
        changes.created().forEach(c -> all.add(new ImportPlan.Update<>(null, c)));
        all.addAll(changes.updated());
        return all;
    }

    private void write(String entity, String siteCode, String code, ImportPlan.Update<?> change) {
        audit.record(change.before() == null ? "create" : "update", entity, SpaceService.key(siteCode, code), change.before(), change.after());
    }
}
