package io.wardwatt.carbon.rest;

import io.wardwatt.carbon.activity.Evidence;
import io.wardwatt.carbon.activity.ManualActivity;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/sites/{site}/carbon/activities}: a month's manual or estimated activity, or a correction of a closed
 * month booked in an open one. Evidence travels in the JSON as base64 (one request, one transaction, no multipart).
 */
@Schema(description = "A month's activity entered by hand, or a correction of a closed month")
public record ActivityEntryBody(
        @Schema(description = "The site's code: the path's, or left out", examples = "HOSP") String site,
        @Schema(description = "The month it is booked in, YYYY-MM (a correction: an open month)", examples = "2026-10") String month,
        @Schema(description = "electricity, green_electricity, pv_generated, pv_self_consumed, pv_exported, natural_gas, diesel, lpg, heat,"
                + " refrigerant:<gas>", examples = "diesel") String carrier,
        @Schema(description = "0 or more; a correction gives the corrected quantity of the original", examples = "1.2") BigDecimal quantity,
        @Schema(description = "kWh, MWh, GJ, m3, t or kg, as the carrier takes", examples = "t") String unit,
        @Schema(description = "manual (default; needs evidence or reference) or estimated (needs a note)", examples = "manual") String source,
        @Schema(description = "The source document's number: invoice, delivery note, service log", examples = "DN-2026-0412") String reference,
        @Schema(description = "Why, how estimated, what a correction corrects") String note,
        EvidenceBody evidence,
        @Schema(description = "A correction of this entry (of the same site, carrier and unit)") Long adjustsEntryId,
        @Schema(description = "A correction of this closed month's metered quantity of the carrier, YYYY-MM") String adjustsMonth) {

    /** A file as base64 in the JSON. */
    @Schema(description = "The evidence file, base64-encoded")
    public record EvidenceBody(@Schema(examples = "delivery-note-0412.pdf") String fileName,
            @Schema(examples = "application/pdf") String mediaType,
            String contentBase64) {
    }

    ManualActivity toEntry(String pathSite) {
        String site = io.wardwatt.web.SiteOfBody.of(pathSite, this.site, "site");
        Evidence file = null;
        if (evidence != null) {
            byte[] content = null;
            if (evidence.contentBase64() != null && !evidence.contentBase64().isBlank()) {
                try {
                    content = Base64.getMimeDecoder().decode(evidence.contentBase64().strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("evidence.contentBase64", "not base64: " + e.getMessage());
                }
            }
            file = new Evidence(evidence.fileName() == null ? null : evidence.fileName().strip(),
                    evidence.mediaType() == null ? null : evidence.mediaType().strip(), content);
        }
        return ManualActivity.of(site, month, carrier, quantity, unit, source, reference, note, file, adjustsEntryId, adjustsMonth);
    }
}
