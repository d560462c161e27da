package io.wardwatt.carbon.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.wardwatt.carbon.ClosedLedger;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version of a closed month. The ledger, activities and difference are the stored texts, embedded as they are, so a
 * client can hash them; the content hash covers them with the other fields ({@code LedgerSeal}).
 *
 * @param outcome  in answers to close and restate: closed, already-closed, restated, unchanged; null otherwise
 * @param status   {@code current} (the latest version) or {@code restated} (a later version replaces it)
 * @param previous the ledger this one is chained to: the month before
 */
public record LedgerView(String outcome, String site, String month, int version, String status, int versions, String factorSetId,
        String factorSetSha256, String policy, LocalDate asOf, Instant closedAt, String closedBy, String contentHash, Previous previous,
        Integer restatesVersion,
        @Schema(type = SchemaType.OBJECT, description = "The ledger (LedgerJson)") @JsonRawValue String ledger,
        @Schema(type = SchemaType.OBJECT, description = "What went in: activities with their origin, notes") @JsonRawValue String activities,
        @Schema(type = SchemaType.OBJECT, description = "A restatement's difference per view and factor") @JsonRawValue String difference) {

    /** The chained-to ledger. */
    public record Previous(String month, int version, String contentHash) {
    }

    static LedgerView of(ClosedLedger l, int versions, String outcome) {
        return new LedgerView(outcome, l.site(), l.month().toString(), l.version(), l.version() == versions ? "current" : "restated", versions,
                l.factorSetId(), l.factorSetSha256(), l.policy(), l.asOf(), l.closedAt(), l.closedBy(), l.contentHash(),
                l.previousMonth() == null ? null : new Previous(l.previousMonth().toString(), l.previousVersion(), l.previousHash()),
                l.restatesVersion(), l.ledgerJson(), l.activitiesJson(), l.differenceJson());
    }
}
