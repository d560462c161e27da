package io.wardwatt.carbon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.carbon.ClosedLedger;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A month in the list: {@code closed} with its latest version's totals and hash, or {@code open} (entries made, not
 * closed yet; no totals).
 */
public record LedgerSummary(String site, String month, String status, Integer version, Integer versions, String factorSetId, Instant closedAt,
        String closedBy, String contentHash, Totals totals) {

    /** The reported totals of the latest version. */
    public record Totals(BigDecimal complianceTco2, BigDecimal ghgLocationBasedTco2e, BigDecimal ghgMarketBasedTco2e, BigDecimal energyTce,
            BigDecimal estimatedGhgSharePct) {
    }

    static LedgerSummary closed(ClosedLedger latest, int versions, ObjectMapper json) {
        JsonNode ledger;
        try {
            ledger = json.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(latest.ledgerJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored ledger is JSON", e);
        }
        return new LedgerSummary(latest.site(), latest.month().toString(), "closed", latest.version(), versions, latest.factorSetId(),
                latest.closedAt(), latest.closedBy(), latest.contentHash(), new Totals(number(ledger, "/compliance/totalTco2"),
                        number(ledger, "/ghgProtocol/totalLocationBasedTco2e"), number(ledger, "/ghgProtocol/totalMarketBasedTco2e"),
                        number(ledger, "/energy/totalTce"), number(ledger, "/estimatedData/ghgSharePct")));
    }

    static LedgerSummary open(String site, String month) {
        return new LedgerSummary(site, month, "open", null, null, null, null, null, null, null);
    }

    private static BigDecimal number(JsonNode ledger, String pointer) {
        JsonNode node = ledger.at(pointer);
        return node.isNumber() ? node.decimalValue() : null;
    }
}
