package io.wardwatt.carbon.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.wardwatt.carbon.activity.CarrierKind;
import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.factors.FactorChoice;
import io.wardwatt.carbon.factors.Region;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger as JSON, where figures are rounded, and only here: tCO2, tCO2e and tce to {@value #TONNES_DECIMALS}
 * decimals, half up (四舍五入), each from unrounded values, so rounded parts may differ from a rounded total by a
 * unit in the last place; shares in percent to 1 decimal; canonical quantities to 6 decimals; factors as
 * published; derived factors (a fuel's tCO2 per unit) to 12 significant digits. The same ledger always gives the
 * same text.
 */
public final class LedgerJson {

    public static final int TONNES_DECIMALS = 3;
    public static final String ROUNDING = "tCO2, tCO2e and tce to 3 decimals, half up, each figure rounded from unrounded values"
            + " (rounded parts may differ from a rounded total by 0.001); shares to 0.1 %; factors as published";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private LedgerJson() {
    }

    public static String write(MonthlyLedger ledger) {
        try {
            return JSON.writeValueAsString(tree(ledger)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger of maps, lists, texts and numbers is always JSON", e);
        }
    }

    /** A figure in tonnes as reported. */
    public static BigDecimal tonnes(BigDecimal value) {
        return value.setScale(TONNES_DECIMALS, RoundingMode.HALF_UP);
    }

    static Map<String, Object> tree(MonthlyLedger ledger) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", ledger.month().toString());
        Region region = ledger.region();
        json.put("region", map("code", region.code(), "name", region.name(), "level", region.level().toString(), "regionalGrid", region.grid()));
        json.put("asOf", ledger.asOf().toString());
        json.put("factorSet", map("id", ledger.factorSet().id(), "file", ledger.factorSet().file(), "sha256", ledger.factorSet().sha256(),
                "gwpReport", ledger.factorSet().gwpReport()));
        json.put("policy", ledger.policy());
        json.put("rounding", ROUNDING);
        json.put("compliance", compliance(ledger.compliance()));
        json.put("ghgProtocol", ghg(ledger.ghgProtocol()));
        EnergyView energy = ledger.energy();
        json.put("energy", map("basis", "GB/T 2589 standard coal; electricity at its equivalent value (当量值)", "purchasedTce",
                tonnes(energy.purchasedTce()), "renewableOnSiteTce", tonnes(energy.renewableOnSiteTce()), "totalTce", tonnes(energy.totalTce())));
        json.put("estimatedData", map("ghgSharePct", percent(ledger.estimatedGhgShare()), "energySharePct", percent(ledger.estimatedEnergyShare())));
        json.put("entries", ledger.entries().stream().map(LedgerJson::entry).toList());
        json.put("factorsUsed", ledger.factorsUsed().stream().map(LedgerJson::used).toList());
        Map<String, Object> sources = new LinkedHashMap<>();
        ledger.factorsUsed().stream().map(used -> used.choice().factor().source()).forEach(source -> sources.putIfAbsent(source.id(),
                map("issuer", source.issuer(), "document", source.document(), "published", source.published(), "seenIn", source.seenIn())));
        json.put("sources", sources);
        return json;
    }

    private static Map<String, Object> compliance(ComplianceView view) {
        return map("basis", "NDRC 2015 public-building guideline: CO2 from fuel combustion, net purchased electricity, net purchased heat",
                "fuelCombustionTco2", tonnes(view.fuelCombustionTco2()), "purchasedElectricityMwh", quantity(view.purchasedElectricityMwh()),
                "exportedElectricityMwh", quantity(view.exportedElectricityMwh()), "netElectricityMwh", quantity(view.netElectricityMwh()),
                "netElectricityTco2", tonnes(view.netElectricityTco2()), "netHeatGj", quantity(view.netHeatGj()),
                "netHeatTco2", tonnes(view.netHeatTco2()), "totalTco2", tonnes(view.totalTco2()));
    }

    private static Map<String, Object> ghg(GhgProtocolView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gwpReport", view.gwpReport());
        json.put("scope1", map("fuelCombustionTco2e", tonnes(view.scope1FuelTco2e()), "refrigerantTco2e", tonnes(view.scope1RefrigerantTco2e()),
                "totalTco2e", tonnes(view.scope1Tco2e())));
        json.put("scope2LocationBased", map("electricityTco2e", tonnes(view.scope2LocationElectricityTco2e()), "heatTco2e",
                tonnes(view.scope2HeatTco2e()), "totalTco2e", tonnes(view.scope2LocationTco2e())));
        Factor residual = view.residualFactor();
        json.put("scope2MarketBased", map("electricityMwh", quantity(view.electricityMwh()), "greenCoveredMwh", quantity(view.greenCoveredMwh()),
                "residualMwh", quantity(view.residualMwh()),
                "residualFactor", residual == null ? null : map("id", residual.id(), "value", residual.value(), "unit", residual.unit().symbol(),
                        "locationFactorStandsIn", view.residualIsLocationFactor()),
                "electricityTco2e", tonnes(view.scope2MarketElectricityTco2e()), "heatTco2e", tonnes(view.scope2HeatTco2e()),
                "totalTco2e", tonnes(view.scope2MarketTco2e())));
        json.put("totalLocationBasedTco2e", tonnes(view.totalLocationTco2e()));
        json.put("totalMarketBasedTco2e", tonnes(view.totalMarketTco2e()));
        json.put("memo", map("montrealProtocolGasesTco2e", tonnes(view.memoMontrealGasesTco2e()), "pvGeneratedMwh", quantity(view.memoPvGeneratedMwh()),
                "pvExportedMwh", quantity(view.memoPvExportedMwh())));
        return json;
    }

    private static Map<String, Object> entry(LedgerEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("origin", entry.activity().origin());
        json.put("carrier", entry.activity().carrier().code());
        json.put("source", entry.activity().source().code());
        if (entry.activity().correction()) {
            json.put("correction", true); // the key is left out otherwise, so ledgers without corrections read as before
        }
        json.put("given", map("quantity", entry.activity().quantity(), "unit", entry.activity().unit().symbol()));
        json.put("quantity", quantity(entry.quantity()));
        json.put("unit", entry.unit().symbol());
        json.put("factors", entry.factors().stream().map(f -> map("id", f.id(), "value", f.value(), "unit", f.unit().symbol())).toList());
        boolean gas = entry.activity().carrier().kind() == CarrierKind.REFRIGERANT;
        json.put("emissionFactor", entry.emissionFactor() == null ? null
                : map("value", entry.emissionFactor().round(new MathContext(12, RoundingMode.HALF_UP)).stripTrailingZeros(),
                        "unit", (gas ? "tCO2e/" : "tCO2/") + entry.unit().symbol()));
        json.put("method", entry.method());
        json.put("complianceTco2", tonnes(entry.complianceTco2()));
        json.put("ghgScope", entry.ghgScope().code());
        json.put("ghgTco2e", tonnes(entry.ghgTco2e()));
        json.put("tce", tonnes(entry.tce()));
        json.put("renewable", entry.renewable());
        return json;
    }

    private static Map<String, Object> used(UsedFactor used) {
        FactorChoice choice = used.choice();
        Factor factor = choice.factor();
        return map("role", used.role(), "id", factor.id(), "value", factor.value(), "unit", factor.unit().symbol(), "region", factor.region(),
                "level", choice.level().toString(), "year", factor.year(), "source", factor.source().id(), "confidence", factor.confidence(),
                "reason", choice.reason());
    }

    private static BigDecimal quantity(BigDecimal value) {
        BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** An ordered map of key, value pairs (nulls kept: a JSON null says "none"). */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }
}
