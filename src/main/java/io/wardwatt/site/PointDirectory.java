package io.wardwatt.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks up measurement points, by id or by {@code SITE/POINT} key. Implementations may cache. */
public interface PointDirectory {

    Optional<MeasurementPoint> byId(int id);

    Optional<MeasurementPoint> byKey(String siteCode, String pointCode);

    /** All points of a site. */
    List<MeasurementPoint> ofSite(long siteId);

    /** Many points at once; unknown ids are absent from the result. */
    List<MeasurementPoint> byIds(Collection<Integer> ids);

    /** Drops cached entries after the site model changed. */
    void invalidate();
}
