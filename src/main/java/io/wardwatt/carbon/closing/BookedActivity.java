package io.wardwatt.carbon.closing;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.activity.Activity;
import io.wardwatt.carbon.activity.ActivityEntry;
import io.wardwatt.carbon.activity.Carrier;
import io.wardwatt.carbon.activity.DataSource;
import java.math.BigDecimal;
import java.util.List;

/**
 * An activity as a closed ledger records it: the figures the calculation took, and where they came from, so a
 * verification can fetch the same inputs again: the meters (a metered activity) or the entry (manual, estimated, or a
 * correction of a closed month).
 *
 * @param meters  the counters summed, for a metered activity; empty otherwise
 * @param entryId the activity entry, for an entered one; null for a metered one
 */
public record BookedActivity(String carrier, BigDecimal quantity, String unit, String source, String origin, boolean correction,
        List<MeterShare> meters, Long entryId) {

    /** Metered consumption is kept to 0.001 of the meter's unit (Wh, litres): far below any reported digit, above float noise. */
    public static final int METERED_DECIMALS = 3;

    public BookedActivity {
        meters = List.copyOf(meters);
    }

    /** An entered activity (manual, estimated, or a correction booked in this month), as the ledger counts it. */
    public static BookedActivity of(ActivityEntry entry) {
        return new BookedActivity(entry.carrier().code(), entry.bookedQuantity(), entry.unit().symbol(), entry.source().code(), entry.origin(),
                entry.correction(), List.of(), entry.id());
    }

    /** The activity the calculation takes; it checks itself as any other. */
    public Activity activity() {
        return new Activity(Carrier.parse(carrier, origin), quantity, QuantityUnit.of(unit).orElseThrow(() -> new IllegalStateException(
                origin + ": unit " + unit + " is not a unit of the carbon core")), DataSource.of(source).orElseThrow(
                        () -> new IllegalStateException(origin + ": unknown source " + source)), origin, correction);
    }
}
