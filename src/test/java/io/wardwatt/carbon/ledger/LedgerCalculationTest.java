package io.wardwatt.carbon.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wardwatt.carbon.activity.Activity;
import io.wardwatt.carbon.activity.ActivityCsvReader;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.FactorSetReader;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The month's calculation on the shipped factor set: what each view counts, and the problems that stop a month. */
class LedgerCalculationTest {

    private static final FactorSet SET = FactorSetReader.readFile(Path.of("carbon-factors/cn/cn-2026-11.yaml"));
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static List<Activity> activities(String rows) {
        return ActivityCsvReader.read("carrier,quantity,unit,source\n" + rows, "month.csv").requireValid();
    }

    private static MonthlyLedger shanghai(String month, LocalDate asOf, String rows) {
        return LedgerCalculation.compute(YearMonth.parse(month), SET.region("CN-SH").orElseThrow(), asOf, SET, activities(rows));
    }

    /** Numbers kept as written (58.490 stays 58.490), so a test reads the reported digits. */
    static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private static JsonNode json(MonthlyLedger ledger) throws IOException {
        return EXACT.readTree(LedgerJson.write(ledger));
    }

    @Test
    void exportsAreDeductedInTheComplianceViewOnly() throws IOException {
        JsonNode json = json(shanghai("2026-07", AS_OF, "electricity,100,MWh,metered\npv_exported,10,MWh,metered\n"));
        // compliance: net purchased (100 - 10) MWh x 0.5849 (Shanghai 2022) = 52.641 tCO2
        assertEquals("52.641", json.at("/compliance/netElectricityTco2").asText());
        assertEquals("52.641", json.at("/compliance/totalTco2").asText());
        // GHG Protocol: all 100 MWh bought x 0.5849 = 58.490 tCO2e; the export is a memo
        assertEquals("58.490", json.at("/ghgProtocol/scope2LocationBased/totalTco2e").asText());
        assertEquals("10", json.at("/ghgProtocol/memo/pvExportedMwh").asText());
        assertEquals("-5.849", json.at("/entries/1/complianceTco2").asText());
        assertEquals("memo", json.at("/entries/1/ghgScope").asText());
    }

    @Test
    void greenPowerIsZeroOnlyInTheMarketBasedView() throws IOException {
        JsonNode json = json(shanghai("2026-07", AS_OF, "electricity,100,MWh,metered\ngreen_electricity,40,MWh,manual\n"));
        assertEquals("58.490", json.at("/compliance/totalTco2").asText(), "100 MWh x 0.5849: the compliance view takes no certificates");
        assertEquals("58.490", json.at("/ghgProtocol/scope2LocationBased/totalTco2e").asText());
        // market-based: (100 - 40) MWh x 0.6096 (national, excluding market-traded non-fossil, 2023) = 36.576 tCO2e
        assertEquals("36.576", json.at("/ghgProtocol/scope2MarketBased/totalTco2e").asText());
        assertEquals("CN_GRID_EXMKT_2023", json.at("/ghgProtocol/scope2MarketBased/residualFactor/id").asText());
    }

    @Test
    void withoutAPublishedResidualTheLocationFactorStandsInForTheMarketBasedView() throws IOException {
        // as of mid-2024 only the 2021 factors were out, and no 2021 residual factor is known
        JsonNode json = json(shanghai("2024-05", LocalDate.of(2024, 6, 1), "electricity,100,MWh,metered\ngreen_electricity,40,MWh,manual\n"));
        assertEquals("CN_GRID_PROV_SH_2021", json.at("/entries/0/factors/0/id").asText());
        assertEquals("58.340", json.at("/ghgProtocol/scope2LocationBased/totalTco2e").asText(), "100 MWh x 0.5834");
        assertEquals("35.004", json.at("/ghgProtocol/scope2MarketBased/totalTco2e").asText(), "(100 - 40) MWh x 0.5834");
        assertTrue(json.at("/ghgProtocol/scope2MarketBased/residualFactor/locationFactorStandsIn").asBoolean());
    }

    @Test
    void aMontrealProtocolGasIsAMemoOutsideScope1() throws IOException {
        JsonNode json = json(shanghai("2026-07", AS_OF, "refrigerant:R-22,2,kg,manual\nrefrigerant:HFC-134a,10,kg,manual\n"));
        assertEquals("15.300", json.at("/ghgProtocol/scope1/refrigerantTco2e").asText(), "10 kg x 1530 / 1000, R-22 left out");
        assertEquals("3.920", json.at("/ghgProtocol/memo/montrealProtocolGasesTco2e").asText(), "2 kg x 1960 / 1000");
        assertEquals("0.000", json.at("/compliance/totalTco2").asText(), "refrigerants are outside the compliance view");
    }

    @Test
    void theEstimatedShareIsOfTheGhgTotalAndOfTheEnergy() {
        MonthlyLedger ledger = shanghai("2026-07", AS_OF, "electricity,100,MWh,metered\nheat,100,GJ,estimated\n");
        // GHG: 100 x 0.11 = 11 of 58.49 + 11 = 69.49 tCO2e; energy: 100 x 0.03412 = 3.412 of 12.29 + 3.412 = 15.702 tce
        assertEquals(0, new BigDecimal("11").divide(new BigDecimal("69.49"), java.math.MathContext.DECIMAL128).compareTo(ledger.estimatedGhgShare()));
        assertEquals(0, new BigDecimal("3.412").divide(new BigDecimal("15.702"), java.math.MathContext.DECIMAL128).compareTo(ledger.estimatedEnergyShare()));
    }

    @Test
    void reportedFiguresAreRoundedHalfUpFromUnroundedValues() throws IOException {
        // 5 MWh x 0.5849 = 2.9245 exactly: half up gives 2.925 (half even would give 2.924)
        JsonNode json = json(shanghai("2026-07", AS_OF, "electricity,5,MWh,metered\n"));
        assertEquals("2.925", json.at("/compliance/totalTco2").asText());
        // three rows of 1 MWh x 0.5849: the total is rounded from 1.7547, not summed from three rounded 0.585
        JsonNode three = json(shanghai("2026-07", AS_OF, "electricity,1,MWh,metered\nelectricity,1,MWh,metered\nelectricity,1,MWh,metered\n"));
        assertEquals("0.585", three.at("/entries/0/complianceTco2").asText());
        assertEquals("1.755", three.at("/compliance/totalTco2").asText());
    }

    @Test
    void theSameMonthGivesTheSameTextEveryTime() {
        String rows = "electricity,3120000,kWh,metered\nnatural_gas,182000,m3,metered\ndiesel,1.2,t,manual\nrefrigerant:R-407C,3,kg,estimated\n";
        assertEquals(LedgerJson.write(shanghai("2026-07", AS_OF, rows)), LedgerJson.write(shanghai("2026-07", AS_OF, rows)));
    }

    @Test
    void aPublishedCompositeFuelFactorIsUsedAsItStands() throws IOException {
        FactorSet composite = FactorSetReader.read("""
                set: composite-test
                title: LPG as one published composite
                compiled: 2026-02-01
                gwpReport: AR6
                provinces: {CN-SH: Shanghai}
                regionalGrids: [{code: CN-EAST, name: East, provinces: [CN-SH]}]
                sources: [{id: guide, issuer: an authority, document: a guideline, published: 2020-05-01}]
                factors:
                  - {id: LPG_EF, category: fuel_combustion, fuel: lpg, parameter: composite, year: 2020, value: 3.1013, unit: tCO2/t, source: guide, confidence: verified}
                  - {id: LPG_TCE, category: standard_coal, energy: lpg, year: 2020, value: 1.7143, unit: kgce/kg, source: guide, confidence: verified}
                """, "composite.yaml");
        MonthlyLedger ledger = LedgerCalculation.compute(YearMonth.of(2026, 7), composite.region("CN-SH").orElseThrow(), AS_OF, composite,
                activities("lpg,350,kg,manual\n"));
        JsonNode json = json(ledger);
        // 0.35 t x 3.1013 tCO2/t = 1.085455 -> 1.085
        assertEquals("1.085", json.at("/compliance/fuelCombustionTco2").asText());
        assertEquals("quantity x published composite factor", json.at("/entries/0/method").asText());
        assertEquals("LPG_EF", json.at("/entries/0/factors/0/id").asText());
    }

    @Test
    void moreGreenElectricityThanWasBoughtIsAProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> shanghai("2026-07", AS_OF, "electricity,300,MWh,metered\ngreen_electricity,400000,kWh,manual\n"));
        assertEquals(List.of("month.csv line 3: green_electricity totals 400 MWh, more than the 300 MWh of electricity bought: it is the part of"
                + " the purchase covered by green-power trades or certificates"), e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void everyProblemOfAMonthAtOnceNamingMonthRegionAndFactor() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> shanghai("2019-07", AS_OF, "electricity,300,MWh,metered\nrefrigerant:R-999,2,kg,manual\ndiesel,1,t,manual\n"));
        assertEquals(List.of(
                "month.csv line 3: no GWP for gas 'R-999' in factor set cn-2026-11; its gases: R-744, R-32, R-125, R-134a, R-143a, R-152a,"
                        + " R-227ea, R-1234ze(E), R-1234yf, SF6, R-410A, R-407C, R-404A, R-507A, R-22, R-123",
                "2019-07 CN-SH: no grid_electricity average factor in set cn-2026-11 for CN-SH, CN-EAST, CN with a data year up to 2019"
                        + " published by 2026-11-22 (the set has years 2021-2023, the first published by 2024-04-12)"),
                e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void factorsNotYetPublishedOnTheCalculationDayAreMissingFactors() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> shanghai("2024-05", LocalDate.of(2024, 6, 1), "diesel,1,t,manual\n"));
        assertEquals("2024-05 CN-SH: no fuel_combustion diesel/ncv factor in set cn-2026-11 for CN-SH, CN-EAST, CN published by 2024-06-01"
                + " (the set has years 2024-2024, the first published by 2024-12-31)", e.problems().get(0).toString());
        assertEquals(3, e.problems().size(), "the three fuel parameters; the tce coefficient (GB/T 2589-2020) was out");
    }
}
