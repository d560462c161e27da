package io.wardwatt.site;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A hospital site: the unit that owns spaces, devices and points, with the calendar (time zone) its days
 * and months follow, its floor area (the denominator of energy per m²) and where its grid electricity
 * comes from (the regional grid and province select the emission factors).
 *
 * @param code        the site's key, e.g. {@code HOSP}
 * @param timeZone    an IANA zone id such as {@code Asia/Shanghai}
 * @param floorAreaM2 gross floor area in m², more than 0 (kept to 0.01 m²)
 * @param gridRegion  the regional grid, e.g. {@code CN-EAST}
 * @param province    ISO 3166-2 subdivision, e.g. {@code CN-SH}
 */
public record Site(String code, String name, String timeZone, Double floorAreaM2, String gridRegion, String province) {

    private static final Pattern GRID_REGION = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    public Site {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
        timeZone = FieldChecks.clean(timeZone);
        floorAreaM2 = FieldChecks.centi(floorAreaM2);
        gridRegion = FieldChecks.clean(gridRegion);
        province = FieldChecks.clean(province);

        FieldChecks checks = new FieldChecks();
        checks.code("code", code);
        checks.text("name", name, 200);
        if (timeZone == null) {
            checks.add("timeZone", "is required");
        } else if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            checks.add("timeZone", "'" + timeZone + "' is not an IANA time zone such as Asia/Shanghai");
        }
        checks.required("floorAreaM2", floorAreaM2);
        checks.area("floorAreaM2", floorAreaM2, true);
        if (gridRegion == null) {
            checks.add("gridRegion", "is required");
        } else if (gridRegion.length() > 32 || !GRID_REGION.matcher(gridRegion).matches()) {
            checks.add("gridRegion", "'" + gridRegion + "' is not a grid region code such as CN-EAST (capitals, digits and '-')");
        }
        if (province == null) {
            checks.add("province", "is required");
        } else if (!ISO_3166_2.matcher(province).matches()) {
            checks.add("province", "'" + province + "' is not an ISO 3166-2 subdivision code such as CN-SH");
        }
        checks.throwIfAny();
    }

    /** The site's calendar. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
