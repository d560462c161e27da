package io.wardwatt.site.definition;

import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceLevel;
import java.util.List;
import java.util.Objects;

/**
 * A whole site: the site itself with its spaces, devices and points. What a definition file holds once
 * read and validated ({@link SiteDefinitionReader}), and what the store holds of a site, so the two can be
 * compared ({@link ImportPlan}). Spaces are flat here; each names its parent.
 */
public record SiteDefinition(Site site, List<Space> spaces, List<Device> devices, List<Point> points) {

    public SiteDefinition {
        Objects.requireNonNull(site, "site");
        spaces = List.copyOf(spaces);
        devices = List.copyOf(devices);
        points = List.copyOf(points);
    }

    public long spaceUnits() {
        return spaces.stream().filter(s -> s.level() == SpaceLevel.SPACE_UNIT).count();
    }

    /** The summed area of the space units, in m². */
    public double spaceUnitAreaM2() {
        return spaces.stream().filter(s -> s.level() == SpaceLevel.SPACE_UNIT && s.areaM2() != null).mapToDouble(Space::areaM2).sum();
    }
}
