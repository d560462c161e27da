package io.wardwatt.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.carbon.ClosedLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The platform payload (profile v1) of a closed ledger version, made only from what the ledger stored: its totals,
 * its activities summed per carrier and source in the carrier's canonical unit (a correction booked in the month
 * counts in the sum), every factor it used with its issuer and document, and its hash and the previous month's.
 * The same ledger always gives the same payload, so the same idempotency key.
 */
public final class LedgerPayload {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LedgerPayload() {
    }

    /** Who reports: the organisation and the site as the platform knows them. */
    public record Reporter(String organisationName, String unifiedSocialCreditCode, String siteName, String province, String gridRegion,
            Double floorAreaM2) {
    }

    public static String of(ClosedLedger closed, Reporter reporter) {
        JsonNode ledger = read(closed.ledgerJson());
        ObjectNode payload = JSON.objectNode();
        payload.put("schemaVersion", "platform-report/1");
        payload.put("reportId", "WW-" + closed.site() + "-" + closed.month() + "-v" + closed.version());
        ObjectNode organisation = payload.putObject("organisation");
        organisation.put("name", reporter.organisationName());
        organisation.put("unifiedSocialCreditCode", reporter.unifiedSocialCreditCode());
        ObjectNode site = payload.putObject("site");
        site.put("code", closed.site());
        site.put("name", reporter.siteName());
        site.put("province", reporter.province());
        if (reporter.gridRegion() != null) {
            site.put("gridRegion", reporter.gridRegion());
        }
        if (reporter.floorAreaM2() != null) {
            site.put("floorAreaM2", reporter.floorAreaM2());
        }
        payload.put("period", closed.month().toString());
        payload.put("reportVersion", closed.version());
        if (closed.restatesVersion() != null) {
            ObjectNode restatement = payload.putObject("restatement");
            restatement.put("replacesVersion", closed.restatesVersion());
            restatement.put("reason", "restated with factor set " + closed.factorSetId() + " as of " + closed.asOf()
                    + " (factors published since the version it replaces)");
        }
        ObjectNode factorSet = payload.putObject("factorSet");
        factorSet.put("id", closed.factorSetId());
        factorSet.put("policy", closed.policy());
        ObjectNode totals = payload.putObject("totals");
        totals.set("complianceTco2", ledger.at("/compliance/totalTco2"));
        totals.set("scope1Tco2e", ledger.at("/ghgProtocol/scope1/totalTco2e"));
        totals.set("scope2LocationTco2e", ledger.at("/ghgProtocol/scope2LocationBased/totalTco2e"));
        totals.set("scope2MarketTco2e", ledger.at("/ghgProtocol/scope2MarketBased/totalTco2e"));
        totals.set("energyTce", ledger.at("/energy/totalTce"));
        totals.set("estimatedSharePct", ledger.at("/estimatedData/ghgSharePct"));
        payload.set("activities", activities(ledger));
        payload.set("factors", factors(ledger));
        payload.put("ledgerHash", closed.contentHash());
        if (closed.previousHash() == null) {
            payload.putNull("previousLedgerHash");
        } else {
            payload.put("previousLedgerHash", closed.previousHash());
        }
        payload.put("generatedAt", Instant.ofEpochMilli(closed.closedAt().toEpochMilli()).toString());
        return ReportJson.write(payload);
    }

    private static ArrayNode activities(JsonNode ledger) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (JsonNode entry : ledger.path("entries")) {
            String key = entry.path("carrier").asText() + "|" + entry.path("unit").asText() + "|" + entry.path("source").asText();
            sums.merge(key, entry.path("quantity").decimalValue(), BigDecimal::add);
        }
        ArrayNode activities = JSON.arrayNode();
        sums.forEach((key, quantity) -> {
            String[] parts = key.split("\\|");
            ObjectNode activity = activities.addObject();
            activity.put("carrier", parts[0]);
            activity.put("quantity", quantity.stripTrailingZeros());
            activity.put("unit", parts[1]);
            activity.put("source", parts[2]);
        });
        return activities;
    }

    private static ArrayNode factors(JsonNode ledger) {
        ArrayNode factors = JSON.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode used : ledger.path("factorsUsed")) {
            if (!seen.add(used.path("id").asText())) {
                continue;
            }
            JsonNode source = ledger.path("sources").path(used.path("source").asText());
            ObjectNode factor = factors.addObject();
            factor.put("id", used.path("id").asText());
            factor.set("value", used.path("value"));
            factor.put("unit", used.path("unit").asText());
            factor.put("issuer", source.path("issuer").asText(used.path("source").asText()));
            factor.put("document", source.path("document").asText(used.path("source").asText()));
            // A grid factor has its data year; a standard's value the year it was published.
            int year = used.hasNonNull("year") ? used.path("year").asInt() : Integer.parseInt(source.path("published").asText("0000").substring(0, 4));
            factor.put("year", year);
        }
        return factors;
    }

    private static JsonNode read(String json) {
        try {
            return ReportJson.read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored ledger is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
