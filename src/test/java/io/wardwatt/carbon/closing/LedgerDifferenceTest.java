package io.wardwatt.carbon.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.carbon.activity.ActivityCsvReader;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.FactorSetReader;
import io.wardwatt.carbon.ledger.LedgerCalculation;
import io.wardwatt.carbon.ledger.LedgerJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A restatement shows what changes per view and factor; a recomputation that changes no figure and no factor is no restatement. */
class LedgerDifferenceTest {

    private static final FactorSet SET = FactorSetReader.readFile(Path.of("carbon-factors/cn/cn-2026-11.yaml"));

    private static String ledger(String month, LocalDate asOf) {
        return LedgerJson.write(LedgerCalculation.compute(YearMonth.parse(month), SET.region("CN-SH").orElseThrow(), asOf, SET,
                ActivityCsvReader.read("carrier,quantity,unit,source\nelectricity,100,MWh,metered\ndiesel,1.2,t,manual\n", "m.csv").requireValid()));
    }

    @Test
    void aLaterCalculationDayWithTheSameFactorsIsNoRestatement() {
        assertEquals(Optional.empty(), LedgerDifference.between(1, ledger("2026-07", LocalDate.of(2026, 2, 1)), ledger("2026-07", LocalDate.of(2026, 11, 22))));
    }

    /**
     * As of 2025-06-01 the newest Shanghai factor published is data year 2022 as well, but the national residual (2023)
     * is not published until 2026-01-15: the market-based view used 2022's 0.5856 and moves to 2023's 0.6096.
     */
    @Test
    void aNewlyPublishedFactorChangesItsViewsAndIsListed() {
        String before = ledger("2025-07", LocalDate.of(2025, 6, 1));
        String after = ledger("2025-07", LocalDate.of(2026, 11, 22));
        JsonNode difference = CanonicalJson.read(LedgerDifference.between(1, before, after).orElseThrow(), "difference");
        assertEquals(1, difference.path("restatesVersion").asInt());
        assertEquals("2025-06-01", difference.at("/asOf/from").asText());
        assertEquals("2026-11-22", difference.at("/asOf/to").asText());
        assertEquals(0, difference.at("/views/compliance").size(), "the compliance view uses the provincial factor, unchanged");
        // market-based electricity: 100 MWh x 0.5856 = 58.560 -> 100 x 0.6096 = 60.960
        JsonNode market = figure(difference.at("/views/ghgProtocol"), "scope2MarketBased/electricityTco2e");
        assertEquals("58.560", market.path("from").decimalValue().toPlainString());
        assertEquals("60.960", market.path("to").decimalValue().toPlainString());
        assertEquals("2.400", market.path("change").decimalValue().toPlainString());
        JsonNode factor = difference.at("/factors/0");
        assertEquals("grid electricity: market-based residual", factor.path("role").asText());
        assertEquals("CN_GRID_EXMKT_2022", factor.at("/from/id").asText());
        assertEquals("CN_GRID_EXMKT_2023", factor.at("/to/id").asText());
        assertEquals("0.6096", figure(difference.at("/views/ghgProtocol"), "scope2MarketBased/residualFactor/value").path("to").decimalValue()
                .toPlainString());
        // totals follow: 100 MWh x 0.5849 + diesel 3.7150915648 location-based, unchanged; market-based + 2.400
        assertEquals("2.400", figure(difference.at("/views/ghgProtocol"), "totalMarketBasedTco2e").path("change").decimalValue().toPlainString());
        assertTrue(difference.at("/views/energy").isEmpty());
    }

    private static JsonNode figure(JsonNode figures, String name) {
        for (JsonNode figure : figures) {
            if (figure.path("figure").asText().equals(name)) {
                return figure;
            }
        }
        throw new AssertionError(name + " is not among the changed figures " + figures);
    }
}
