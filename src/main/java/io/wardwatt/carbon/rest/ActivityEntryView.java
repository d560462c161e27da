package io.wardwatt.carbon.rest;

import io.wardwatt.carbon.activity.ActivityEntry;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An activity entry as stored.
 *
 * @param bookedQuantity what the month's ledger counts: the quantity, or a correction's difference to what was booked
 *                       for the original before (may be negative)
 */
public record ActivityEntryView(long id, String site, String month, String carrier, BigDecimal quantity, String unit, String source,
        BigDecimal bookedQuantity, boolean correction, Long adjustsEntryId, String adjustsMonth, String origin, String reference, String note,
        Evidence evidence, String enteredBy, Instant enteredAt) {

    /** The evidence cited; its content at {@code href}. */
    public record Evidence(String fileName, String mediaType, String sha256, long sizeBytes, String href) {
    }

    static ActivityEntryView of(ActivityEntry e) {
        return new ActivityEntryView(e.id(), e.site(), e.month().toString(), e.carrier().code(), e.quantity(), e.unit().symbol(), e.source().code(),
                e.bookedQuantity(), e.correction(), e.adjustsEntryId(), e.adjustsMonth() == null ? null : e.adjustsMonth().toString(), e.origin(),
                e.reference(), e.note(), e.evidence() == null ? null : new Evidence(e.evidence().fileName(), e.evidence().mediaType(),
                        e.evidence().sha256(), e.evidence().sizeBytes(), "/api/sites/" + e.site() + "/carbon/activities/" + e.id() + "/evidence"),
                e.enteredBy(), e.enteredAt());
    }
}
