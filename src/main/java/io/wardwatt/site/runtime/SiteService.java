package io.wardwatt.site.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Site;
import io.wardwatt.site.store.DeviceRepository;
import io.wardwatt.site.store.PointRepository;
import io.wardwatt.site.store.SiteModelMapper;
import io.wardwatt.site.store.SiteRepository;
import io.wardwatt.site.store.SiteRow;
import io.wardwatt.site.store.SpaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Creates, changes and removes sites, each change in the audit log. */
@ApplicationScoped
@Transactional
public class SiteService {

    static final String ENTITY = "site";

    @Inject
    SiteRepository sites;

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
    public List<Site> list() {
        return sites.listByCode().stream().map(SiteModelMapper::site).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Site> find(String code) {
        return sites.findByCode(code).map(SiteModelMapper::site);
    }

    public Site create(Site site) {
        if (sites.findByCode(site.code()).isPresent()) {
            throw new StateConflictException("Site '" + site.code() + "' exists already");
        }
        SiteRow row = new SiteRow();
        SiteModelMapper.apply(site, row);
        sites.persist(row);
        audit.record("create", ENTITY, site.code(), null, site);
        changed.fire(new SiteModelChanged(site.code()));
        return site;
    }

    /** Replaces a site's fields; its code stays. Unchanged fields write nothing and audit nothing. */
    public Site update(Site site) {
        SiteRow row = requireRow(site.code());
        Site before = SiteModelMapper.site(row);
        if (before.equals(site)) {
            return before;
        }
        SiteModelMapper.apply(site, row);
        audit.record("update", ENTITY, site.code(), before, site);
        changed.fire(new SiteModelChanged(site.code()));
        return site;
    }

    /** Removes a site that holds nothing any more. */
    public void delete(String code) {
        SiteRow row = requireRow(code);
        long spaceCount = spaces.countBySite(row.id);
        long deviceCount = devices.countBySite(row.id);
        long pointCount = points.countBySite(row.id);
        if (spaceCount + deviceCount + pointCount > 0) {
            throw new StateConflictException("Site '" + code + "' still holds " + spaceCount + " spaces, " + deviceCount + " devices and "
                    + pointCount + " points; delete them first");
        }
        Site before = SiteModelMapper.site(row);
        sites.delete(row);
        References.flushOrConflict(sites.getEntityManager(), "site '" + code + "'");
        audit.record("delete", ENTITY, code, before, null);
        changed.fire(new SiteModelChanged(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteRow requireRow(String code) {
        return sites.findByCode(code).orElseThrow(() -> new UnknownEntityException("site", code));
    }
}
