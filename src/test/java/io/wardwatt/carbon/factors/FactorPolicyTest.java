package io.wardwatt.carbon.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The policy: the province, else its regional grid, else the nation; at that level the newest year published by
 * the calculation day, a grid factor's data year not after the month's year.
 */
class FactorPolicyTest {

    /** Shanghai has provincial values for 2021 and 2022 only; Jiangsu none; the East grid and the nation 2021-2023; Tibet's grid none. */
    private static final FactorSet SET = FactorSetReader.read("""
            set: policy-test
            title: values laid out for the policy
            compiled: 2026-02-01
            gwpReport: AR6
            provinces: {CN-SH: Shanghai, CN-JS: Jiangsu, CN-XZ: Tibet}
            regionalGrids:
              - {code: CN-EAST, name: East, provinces: [CN-SH, CN-JS]}
              - {code: CN-SOUTHWEST, name: Southwest, provinces: [CN-XZ]}
            sources:
              - {id: s2021, issuer: MEE and NBS, document: 2021 factors, published: 2024-04-12}
              - {id: s2022, issuer: MEE and NBS, document: 2022 factors, published: 2024-12-23}
              - {id: s2023, issuer: MEE and NBS, document: 2023 factors, published: 2026-01-15}
              - {id: heat, issuer: NDRC, document: guideline, published: 2024}
            factors:
              - {id: SH21, category: grid_electricity, form: average, region: CN-SH, year: 2021, value: 0.5834, unit: tCO2/MWh, source: s2021, confidence: verified}
              - {id: SH22, category: grid_electricity, form: average, region: CN-SH, year: 2022, value: 0.5849, unit: tCO2/MWh, source: s2022, confidence: verified}
              - {id: E21, category: grid_electricity, form: average, region: CN-EAST, year: 2021, value: 0.5992, unit: tCO2/MWh, source: s2021, confidence: verified}
              - {id: E22, category: grid_electricity, form: average, region: CN-EAST, year: 2022, value: 0.5617, unit: tCO2/MWh, source: s2022, confidence: verified}
              - {id: E23, category: grid_electricity, form: average, region: CN-EAST, year: 2023, value: 0.55, unit: tCO2/MWh, source: s2023, confidence: verified}
              - {id: CN21, category: grid_electricity, form: average, region: CN, year: 2021, value: 0.5568, unit: tCO2/MWh, source: s2021, confidence: verified}
              - {id: CN22, category: grid_electricity, form: average, region: CN, year: 2022, value: 0.5366, unit: tCO2/MWh, source: s2022, confidence: verified}
              - {id: CN23, category: grid_electricity, form: average, region: CN, year: 2023, value: 0.5306, unit: tCO2/MWh, source: s2023, confidence: verified}
              - {id: HEAT, category: heat, year: 2024, value: 0.11, unit: tCO2/GJ, source: heat, confidence: verified}
            """, "policy-test.yaml");

    private static final LocalDate LATE_2026 = LocalDate.of(2026, 11, 22);

    private static Optional<FactorChoice> grid(String region, String month, LocalDate asOf) {
        return FactorPolicy.choose(SET, SET.region(region).orElseThrow(), YearMonth.parse(month), asOf, FactorCategory.GRID_ELECTRICITY, "average");
    }

    private static String gridId(String region, String month, LocalDate asOf) {
        return grid(region, month, asOf).map(choice -> choice.factor().id()).orElse("none");
    }

    @Test
    void theProvinceComesBeforeItsGridAndTheGridBeforeTheNation() {
        assertEquals("SH22", gridId("CN-SH", "2026-07", LATE_2026), "Shanghai's own 2022 value, although the East grid has 2023");
        assertEquals("E23", gridId("CN-JS", "2026-07", LATE_2026), "Jiangsu has no value of its own: its grid's");
        assertEquals("CN23", gridId("CN-XZ", "2026-07", LATE_2026), "neither Tibet nor the Southwest grid has one: the nation's");
        assertEquals("CN23", gridId("CN", "2026-07", LATE_2026));
        FactorChoice shanghai = grid("CN-SH", "2026-07", LATE_2026).orElseThrow();
        assertEquals(RegionLevel.PROVINCE, shanghai.level());
        assertEquals("CN-SH (province): data year 2022, the newest up to 2026 published by 2026-11-22 (s2022, published 2024-12-23)", shanghai.reason());
        FactorChoice tibet = grid("CN-XZ", "2026-07", LATE_2026).orElseThrow();
        assertEquals(RegionLevel.NATION, tibet.level());
        assertEquals("CN (nation): data year 2023, the newest up to 2026 published by 2026-11-22 (s2023, published 2026-01-15)", tibet.reason(),
                "levels without any value are not worth naming");
    }

    @Test
    void onlyWhatWasPublishedByTheCalculationDayCounts() {
        assertEquals("none", gridId("CN-SH", "2024-03", LocalDate.of(2024, 4, 11)), "the day before the 2021 factors were published");
        assertEquals("SH21", gridId("CN-SH", "2024-03", LocalDate.of(2024, 4, 12)));
        assertEquals("SH21", gridId("CN-SH", "2024-12", LocalDate.of(2024, 12, 22)));
        assertEquals("SH22", gridId("CN-SH", "2024-12", LocalDate.of(2024, 12, 23)), "restated once 2022 is out");
        assertEquals("E22", gridId("CN-JS", "2025-06", LocalDate.of(2026, 1, 14)));
        assertEquals("E23", gridId("CN-JS", "2025-06", LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aMonthUsesNoGridFactorOfALaterDataYear() {
        assertEquals("E22", gridId("CN-JS", "2022-05", LATE_2026), "2022's own factor, not the newer 2023");
        assertEquals("E21", gridId("CN-JS", "2021-12", LATE_2026));
        assertEquals("none", gridId("CN-JS", "2020-12", LATE_2026), "no factor before the series starts");
        FactorChoice fallback = grid("CN-SH", "2021-06", LATE_2026).orElseThrow();
        assertEquals("SH21", fallback.factor().id());
    }

    @Test
    void otherFactorsCountFromTheirPublicationWhateverTheMonth() {
        Region shanghai = SET.region("CN-SH").orElseThrow();
        assertEquals("HEAT", FactorPolicy.choose(SET, shanghai, YearMonth.of(2019, 1), LATE_2026, FactorCategory.HEAT, "heat").orElseThrow().factor().id(),
                "a guideline's default applies to earlier months once published");
        assertTrue(FactorPolicy.choose(SET, shanghai, YearMonth.of(2024, 6), LocalDate.of(2024, 12, 30), FactorCategory.HEAT, "heat").isEmpty(),
                "published in 2024, day unknown: counted from 31 December");
    }

    @Test
    void whyNothingFitsNamesTheMonthRegionAndWhatTheSetHolds() {
        Region jiangsu = SET.region("CN-JS").orElseThrow();
        assertEquals("no grid_electricity average factor in set policy-test for CN-JS, CN-EAST, CN with a data year up to 2020 published by 2026-11-22"
                + " (the set has years 2021-2023, the first published by 2024-04-12)",
                FactorPolicy.unavailable(SET, jiangsu, YearMonth.of(2020, 12), LATE_2026, FactorCategory.GRID_ELECTRICITY, "average"));
        assertEquals("no refrigerant_gwp R-32 factor in set policy-test for CN-JS, CN-EAST, CN published by 2026-11-22 (the set has none at all)",
                FactorPolicy.unavailable(SET, jiangsu, YearMonth.of(2026, 7), LATE_2026, FactorCategory.REFRIGERANT_GWP, "R-32"));
    }

    @Test
    void theShippedSetForShanghaiTibetAndTheResidual() {
        FactorSet set = FactorSetReader.readFile(FactorSetReaderTest.SHIPPED);
        YearMonth july = YearMonth.of(2026, 7);
        assertEquals("CN_GRID_PROV_SH_2022", FactorPolicy.choose(set, set.region("CN-SH").orElseThrow(), july, LATE_2026,
                FactorCategory.GRID_ELECTRICITY, "average").orElseThrow().factor().id());
        assertEquals("CN_GRID_REG_SW_2023", FactorPolicy.choose(set, set.region("CN-XZ").orElseThrow(), july, LATE_2026,
                FactorCategory.GRID_ELECTRICITY, "average").orElseThrow().factor().id(), "Tibet has no provincial value: the Southwest grid's");
        assertEquals("CN_GRID_EXMKT_2023", FactorPolicy.choose(set, set.region("CN-SH").orElseThrow(), july, LATE_2026,
                FactorCategory.GRID_ELECTRICITY, "excluding_market_non_fossil").orElseThrow().factor().id());
        assertTrue(FactorPolicy.choose(set, set.region("CN-SH").orElseThrow(), YearMonth.of(2024, 6), LocalDate.of(2024, 12, 22),
                FactorCategory.GRID_ELECTRICITY, "excluding_market_non_fossil").isEmpty(), "the first residual factor (2022) appeared on 2024-12-23");
    }
}
