package io.wardwatt.forecast.weather;

import java.time.ZoneOffset;
import java.util.List;

/**
 * An EnergyPlus weather file as read: where it is for, the fixed offset of its local standard time, and its hourly
 * rows in file order.
 */
public record EpwFile(String source, String location, ZoneOffset zone, List<EpwRow> rows) {

    /** Rows of a full non-leap year: what a typical-year file holds. */
    public static final int TYPICAL_YEAR_ROWS = 8760;

    public EpwFile {
        rows = List.copyOf(rows);
    }
}
