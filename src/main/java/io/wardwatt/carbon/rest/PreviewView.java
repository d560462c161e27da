package io.wardwatt.carbon.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.wardwatt.carbon.runtime.LedgerService;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A month computed now and not stored: what closing it would give from the rollups as they are.
 *
 * @param status        {@code open}, or {@code closed} (then {@code closedVersion} is the latest version; the preview shows what
 *                      the month would be now, the closed ledger stays as it is)
 */
public record PreviewView(String site, String month, String status, Integer closedVersion, String factorSetId, LocalDate asOf,
        @Schema(type = SchemaType.OBJECT, description = "The ledger (LedgerJson)") @JsonRawValue String ledger,
        @Schema(type = SchemaType.OBJECT, description = "What went in: activities with their origin, notes") @JsonRawValue String activities) {

    static PreviewView of(LedgerService.Preview p) {
        return new PreviewView(p.site(), p.month().toString(), p.closedVersion() == null ? "open" : "closed", p.closedVersion(), p.factorSetId(),
                p.asOf(), p.ledgerJson(), p.activitiesJson());
    }
}
