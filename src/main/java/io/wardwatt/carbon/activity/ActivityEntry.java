package io.wardwatt.carbon.activity;

import io.wardwatt.carbon.QuantityUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A stored activity entry: a manual or estimated quantity of a month, or a correction of a closed month booked in an
 * open one. Never changed once stored.
 *
 * @param quantity       as entered (for a correction: the corrected quantity of the original)
 * @param bookedQuantity what the month's ledger counts, in {@code unit}: the quantity, or for a correction the corrected
 *                       quantity less what was booked for the original before (the original and earlier corrections of
 *                       it), so it may be negative
 * @param evidence       the file cited, or null
 */
public record ActivityEntry(long id, String site, YearMonth month, Carrier carrier, BigDecimal quantity, QuantityUnit unit,
        DataSource source, BigDecimal bookedQuantity, Long adjustsEntryId, YearMonth adjustsMonth, String reference, String note,
        EvidenceFile evidence, String enteredBy, Instant enteredAt) {

    public boolean correction() {
        return adjustsEntryId != null || adjustsMonth != null;
    }

    /** Where a ledger says the activity came from. */
    public String origin() {
        if (!correction()) {
            return "entry " + id;
        }
        String original = adjustsEntryId != null ? "entry " + adjustsEntryId : "metered " + carrier + " of " + adjustsMonth;
        return "entry " + id + ", correcting " + original + " to " + quantity.toPlainString() + " " + unit + " (booked "
                + quantity.subtract(bookedQuantity).toPlainString() + " " + unit + " before)";
    }
}
