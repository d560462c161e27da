package io.wardwatt.site.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads {@link SiteRows}. */
@ApplicationScoped
public class SiteRowsLoader {

    @Inject
    SpaceRepository spaces;

    @Inject
    DeviceRepository devices;

    @Inject
    PointRepository points;

    public SiteRows load(SiteRow site) {
        return new SiteRows(site, spaces.listBySite(site.id), devices.listBySite(site.id), points.listBySite(site.id));
    }
}
