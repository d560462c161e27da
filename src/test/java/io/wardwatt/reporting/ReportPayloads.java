package io.wardwatt.reporting;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Platform payloads for tests: the demo hospital's July 2025 as the ledger would render it (3,150 MWh from the grid at the
 * national 2022 factor 0.5366 tCO2/MWh = 1,690.29 t; 180,000 m3 of natural gas at 0.0021622 tCO2/m3 = 389.20 t; 20 kg of
 * R134a at GWP 1,300 = 26 t; 0.1229 kgce/kWh and 1.2143 kgce/m3 = 605.71 tce), for any site code, month and version.
 */
public final class ReportPayloads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private ReportPayloads() {
    }

    /** Version 1 of the site's month, without idempotencyKey (the outbox fills it in). */
    public static ObjectNode payload(String site, String period) {
        return payload(site, period, 1);
    }

    public static ObjectNode payload(String site, String period, int version) {
        ObjectNode p = JSON.objectNode();
        p.put("schemaVersion", "platform-report/1");
        p.put("reportId", site + "-" + period + "-v" + version);
        ObjectNode organisation = p.putObject("organisation");
        organisation.put("name", "Demo General Hospital");
        organisation.put("unifiedSocialCreditCode", "12310000MB0A12345X");
        ObjectNode s = p.putObject("site");
        s.put("code", site);
        s.put("name", "Demo General Hospital, main campus");
        s.put("province", "CN-SH");
        s.put("gridRegion", "CN-EAST");
        s.put("floorAreaM2", 196000);
        p.put("period", period);
        p.put("reportVersion", version);
        if (version > 1) {
            ObjectNode restatement = p.putObject("restatement");
            restatement.put("replacesVersion", version - 1);
            restatement.put("reason", "the 2023 grid factor was published");
        }
        ObjectNode factorSet = p.putObject("factorSet");
        factorSet.put("id", "cn-2024");
        factorSet.put("policy", "newest published year for CN-SH, else CN-EAST, else CN: CN 2022");
        ObjectNode totals = p.putObject("totals");
        totals.put("complianceTco2", new BigDecimal("2079.49"));
        totals.put("scope1Tco2e", new BigDecimal("415.20"));
        totals.put("scope2LocationTco2e", new BigDecimal("1690.29"));
        totals.put("scope2MarketTco2e", new BigDecimal("1690.29"));
        totals.put("energyTce", new BigDecimal("605.71"));
        totals.put("estimatedSharePct", new BigDecimal("0.0"));
        ArrayNode activities = p.putArray("activities");
        activity(activities, "electricity", "3150000", "kWh", "metered");
        activity(activities, "natural_gas", "180000", "m3", "metered");
        activity(activities, "refrigerant:R134a", "20", "kg", "manual");
        ArrayNode factors = p.putArray("factors");
        factor(factors, "CN_GRID_AVG_2022", "0.5366", "tCO2/MWh", "MEE & NBS", "2022年电力二氧化碳排放因子公告 (2024-12-20)", 2022);
        factor(factors, "NG_NDRC_2015", "0.0021622", "tCO2/m3", "NDRC", "公共建筑运营单位（企业）温室气体排放核算方法和报告指南 (2015)", 2015);
        factor(factors, "GWP_R134A_AR5", "1300", "tCO2e/t", "IPCC", "AR5 WG1 Table 8.A.1", 2013);
        p.put("ledgerHash", "a".repeat(64));
        p.put("previousLedgerHash", "b".repeat(64));
        p.put("generatedAt", "2025-08-02T01:00:00Z");
        return p;
    }

    private static void activity(ArrayNode list, String carrier, String quantity, String unit, String source) {
        ObjectNode a = list.addObject();
        a.put("carrier", carrier);
        a.put("quantity", new BigDecimal(quantity));
        a.put("unit", unit);
        a.put("source", source);
    }

    private static void factor(ArrayNode list, String id, String value, String unit, String issuer, String document, int year) {
        ObjectNode f = list.addObject();
        f.put("id", id);
        f.put("value", new BigDecimal(value));
        f.put("unit", unit);
        f.put("issuer", issuer);
        f.put("document", document);
        f.put("year", year);
    }
}
