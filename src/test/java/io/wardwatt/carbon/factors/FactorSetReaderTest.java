package io.wardwatt.carbon.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped factor set, and every problem a set file can have, reported at once with its line. */
class FactorSetReaderTest {

    static final Path SHIPPED = Path.of("carbon-factors/cn/cn-2026-11.yaml");

    @Test
    void theShippedSetReadsWithEveryValueSourced() {
        FactorSet set = FactorSetReader.readFile(SHIPPED);
        assertEquals("cn-2026-11", set.id());
        assertEquals("AR6", set.gwpReport());
        assertEquals(31, set.provinces().size(), "the 31 mainland provinces");
        assertEquals(7, set.grids().size());
        for (String province : set.provinces().keySet()) {
            assertTrue(set.region(province).isPresent(), province + " has a regional grid");
        }
        assertEquals("CN-EAST", set.region("CN-SH").orElseThrow().grid());
        assertEquals("CN-SOUTHWEST", set.region("CN-XZ").orElseThrow().grid());
        assertEquals("CN-NORTHEAST", set.region("CN-NM", "CN-NORTHEAST").orElseThrow().grid(), "eastern Inner Mongolia, as a site records it");
        assertTrue(set.region("CN-HK").isEmpty(), "Hong Kong is not on the mainland grids");
        for (Factor factor : set.factors()) {
            assertNotNull(factor.source().issuer(), factor.id());
            assertNotNull(factor.source().document(), factor.id());
            assertNotNull(factor.unit(), factor.id());
            assertTrue(factor.year() >= 2015 && factor.year() <= 2024, factor.id());
            assertTrue(FactorEntryReader.CONFIDENCE.contains(factor.confidence()), factor.id());
        }
        Factor shanghai = set.factors(FactorCategory.GRID_ELECTRICITY, "average").stream().filter(f -> f.id().equals("CN_GRID_PROV_SH_2022"))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.5849"), shanghai.value());
        assertEquals(2022, shanghai.year());
        assertEquals(LocalDate.of(2024, 12, 23), shanghai.source().publishedBy());
        assertEquals(LocalDate.of(2020, 12, 31), set.factors(FactorCategory.STANDARD_COAL, "electricity").get(0).source().publishedBy(),
                "a year alone counts as its 31 December");
        assertEquals("R-134a", set.gas("r134a").orElseThrow().name());
        assertEquals("R-134a", set.gas("HFC-134a").orElseThrow().name());
        assertTrue(set.gas("R22").orElseThrow().montrealProtocol());
        assertFalse(set.gas("R-410A").orElseThrow().montrealProtocol());
        assertEquals(64, set.sha256().length());
    }

    @Test
    void theGridFactorsAreTheReferenceFigures() {
        FactorSet set = FactorSetReader.readFile(SHIPPED);
        // carbon-notes.md §1.1: national 0.5568 / 0.5366 / 0.5306, excluding market-traded non-fossil 0.5856 / 0.6096
        assertEquals(List.of("0.5568", "0.5366", "0.5306"), values(set, "average", "CN"));
        assertEquals(List.of("0.5856", "0.6096"), values(set, "excluding_market_non_fossil", "CN"));
        assertEquals(List.of("0.5992", "0.5617", "0.55"), values(set, "average", "CN-EAST"));
        assertEquals(List.of("0.5834", "0.5849"), values(set, "average", "CN-SH"));
        assertEquals(30 * 2 + 7 * 3 + 3 + 2 + 3, set.factors(FactorCategory.GRID_ELECTRICITY, "average").size()
                + set.factors(FactorCategory.GRID_ELECTRICITY, "excluding_market_non_fossil").size()
                + set.factors(FactorCategory.GRID_ELECTRICITY, "fossil_only").size(), "30 provinces x 2 years, 7 grids x 3, nation 3 + 2 + 3");
    }

    private static List<String> values(FactorSet set, String form, String region) {
        return set.factors(FactorCategory.GRID_ELECTRICITY, form).stream().filter(f -> f.region().equals(region))
                .map(f -> f.value().toPlainString()).toList();
    }

    static final String HEAD = """
            set: test-set
            title: a test set
            compiled: 2026-02-01
            gwpReport: AR6
            provinces: {CN-SH: Shanghai, CN-JS: Jiangsu}
            regionalGrids:
              - {code: CN-EAST, name: East, provinces: [CN-SH, CN-JS]}
            sources:
              - {id: s2022, issuer: MEE, document: the 2022 announcement, published: 2024-12-23}
              - {id: gbt, issuer: SAC, document: a standard, published: 2020}
            factors:
            """;

    @Test
    void everyProblemOfAFactorFileIsReportedAtOnceWithItsLine() {
        String yaml = """
                set: Test Set
                title: a test set
                compiled: 2026-02-30
                gwpReport: AR7
                colour: blue
                provinces: {CN-SH: Shanghai, CN-JS: Jiangsu, CN-ZJ: Zhejiang}
                regionalGrids:
                  - {code: CN-EAST, name: East, provinces: [CN-SH, CN-JS, CN-SH, CN-XX]}
                sources:
                  - {id: s2022, issuer: MEE, document: the 2022 announcement, published: 2024-12-23}
                  - {id: late, issuer: MEE, document: next year's, published: 2027-01-05}
                  - {id: gbt, issuer: SAC, document: a standard, published: last year}
                factors:
                  - {id: A, category: grid_electricity, form: average, region: CN-SH, year: 2022, value: 0.5849, unit: tCO2/MWh, source: s2022, confidence: verified}
                  - {id: A, category: grid_electricity, form: average, region: CN-SH, year: 2022, value: 0.6, unit: tCO2/MWh, source: s2022, confidence: verified}
                  - {id: B, category: grid_electricity, form: mixed, region: CN-XX, year: 2025, value: -1, unit: tCO2/GJ, source: s2022, confidence: sure}
                  - {id: C, category: grid_power, region: CN, year: 2022, value: 0.5, unit: tCO2/MWh, source: nowhere, confidence: verified}
                  - {id: D, category: heat, year: twenty, value: abc, unit: tCO2/GJ, source: s2022, confidence: verified, colour: red}
                  - {id: E, category: fuel_combustion, fuel: diesel, parameter: ncv, year: 2024, value: 42.652, unit: GJ/10^4Nm3, source: s2022, confidence: verified}
                  - {id: F, category: fuel_combustion, fuel: electricity, parameter: oxidation, year: 2022, value: 1.2, unit: fraction, source: s2022, confidence: verified}
                  - {id: G, category: fuel_combustion, fuel: lpg, parameter: oxidation, year: 2022, value: 1.2, unit: fraction, source: s2022, confidence: verified}
                  - {id: H, category: standard_coal, energy: natural_gas, year: 2022, value: 1.33, unit: kgce/kg, source: s2022, confidence: verified}
                  - {id: I, category: refrigerant_gwp, gas: R-32, year: 2022, value: 771, unit: kgCO2e/kg, source: s2022, confidence: verified}
                  - {id: J, category: refrigerant_gwp, gas: R-410A, aliases: [R32], year: 2022, value: 2255.5, unit: kgCO2e/kg, source: s2022, confidence: verified}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FactorSetReader.read(yaml, "bad.yaml"));
        assertEquals(List.of(
                "bad.yaml line 5: colour: unknown key; expected one of compiled, factors, gwpReport, provinces, regionalGrids, set, sources, title",
                "bad.yaml line 1: set: 'Test Set' is not a set id: lower-case letters, digits, '.' and '-' (e.g. cn-2026-11)",
                "bad.yaml line 3: compiled: '2026-02-30' is not a day YYYY-MM-DD",
                "bad.yaml line 4: gwpReport: 'AR7' is not an IPCC report: one of [AR4, AR5, AR6, SAR]",
                "bad.yaml line 8: regionalGrids[0].provinces[2]: CN-SH is already on grid CN-EAST",
                "bad.yaml line 8: regionalGrids[0].provinces[3]: 'CN-XX' is not one of the provinces listed under provinces",
                "bad.yaml line 6: provinces.CN-ZJ: CN-ZJ is on no regional grid: list it under regionalGrids",
                "bad.yaml line 12: sources[2].published: 'last year' is neither a day YYYY-MM-DD nor a year YYYY",
                "bad.yaml line 15: factors[1].id: factor id A is used twice",
                "bad.yaml line 15: factors[1]: a second grid_electricity average for CN-SH, year 2022 (the first is factors[0])",
                "bad.yaml line 16: factors[2].region: 'CN-XX' is neither CN nor a province or regional grid of this set",
                "bad.yaml line 16: factors[2].value: must be above 0, got -1",
                "bad.yaml line 16: factors[2].year: year 2025 is after its source was published (2024-12-23)",
                "bad.yaml line 16: factors[2].confidence: 'sure' is not verified or partly_verified",
                "bad.yaml line 16: factors[2].form: 'mixed' is not a grid form: one of [average, excluding_market_non_fossil, fossil_only]",
                "bad.yaml line 16: factors[2].unit: tCO2/GJ does not fit this value: use tCO2/MWh or kgCO2/kWh",
                "bad.yaml line 17: factors[3].category: 'grid_power' is not a category: one of [grid_electricity, fuel_combustion, heat, refrigerant_gwp, standard_coal]",
                "bad.yaml line 17: factors[3].source: 'nowhere' is not one of the sources [s2022, late, gbt]",
                "bad.yaml line 18: factors[4].colour: unknown key; expected one of category, confidence, id, note, region, source, unit, value, year",
                "bad.yaml line 18: factors[4].year: not a whole number: 'twenty'",
                "bad.yaml line 18: factors[4].value: not a number: 'abc'",
                "bad.yaml line 19: factors[5].unit: GJ/10^4Nm3 does not fit this value: use GJ/t",
                "bad.yaml line 20: factors[6].fuel: electricity is not a fuel",
                "bad.yaml line 21: factors[7].value: an oxidation rate is a fraction up to 1, got 1.2",
                "bad.yaml line 22: factors[8].unit: kgce/kg does not fit this value: use kgce/m3",
                "bad.yaml line 24: factors[10].gas: 'R32' also names R-32"),
                e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void aSourcePublishedAfterTheSetWasCompiledIsAProblem() {
        String yaml = HEAD.replace("published: 2020}", "published: 2027}") + """
                  - {id: H, category: heat, year: 2015, value: 0.11, unit: tCO2/GJ, source: gbt, confidence: verified}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FactorSetReader.read(yaml, "late.yaml"));
        assertEquals(List.of("late.yaml line 10: sources[1].published: 2027 is after the set was compiled (2026-02-01)"),
                e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void aFuelTakesACompositeOrTheThreeParametersNotBoth() {
        String yaml = HEAD + """
                  - {id: C1, category: fuel_combustion, fuel: diesel, parameter: composite, year: 2020, value: 3.0959, unit: tCO2/t, source: gbt, confidence: verified}
                  - {id: N1, category: fuel_combustion, fuel: diesel, parameter: ncv, year: 2020, value: 42.652, unit: GJ/t, source: gbt, confidence: verified}
                  - {id: C2, category: fuel_combustion, fuel: lpg, parameter: composite, year: 2020, value: 3.1013, unit: tCO2/t, source: gbt, confidence: verified}
                  - {id: N2, category: fuel_combustion, fuel: lpg, parameter: ncv, year: 2024, value: 50.179, unit: GJ/t, source: s2022, confidence: verified}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FactorSetReader.read(yaml, "fuel.yaml"));
        assertEquals(List.of("fuel.yaml line 12: factors[0]: diesel CN 2020: both a composite and NDRC parameters; give one or the other",
                "fuel.yaml line 15: factors[3]: lpg CN 2024: lacks [carbon_content, oxidation] (or give a composite)"),
                e.problems().stream().map(InputProblem::toString).toList());
        FactorSet lpgOnly = FactorSetReader.read(HEAD + """
                  - {id: C2, category: fuel_combustion, fuel: lpg, parameter: composite, year: 2020, value: 3.1013, unit: tCO2/t, source: gbt, confidence: verified}
                """, "lpg.yaml");
        assertEquals("lpg/composite", lpgOnly.factors().get(0).key());
    }

    @Test
    void yamlThatIsNotWellFormedNamesTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FactorSetReader.read(HEAD + "  - {id: X, value: [1\n", "broken.yaml"));
        assertTrue(e.problems().get(0).toString().startsWith("broken.yaml line 1"), e.problems().toString());
        assertTrue(e.problems().get(0).problem().startsWith("not well-formed YAML"), e.problems().toString());
    }

    @Test
    void aDirectoryGivesTheSetCompiledLastOrTheOneNamed(@TempDir Path dir) throws IOException {
        String heat = "  - {id: H, category: heat, year: 2015, value: 0.11, unit: tCO2/GJ, source: gbt, confidence: verified}\n";
        Files.createDirectories(dir.resolve("cn"));
        Files.writeString(dir.resolve("cn/older.yaml"), HEAD.replace("test-set", "cn-old").replace("2026-02-01", "2025-01-10") + heat);
        Files.writeString(dir.resolve("cn/newer.yaml"), HEAD.replace("test-set", "cn-new") + heat);
        Files.writeString(dir.resolve("README.md"), "not a set");
        assertEquals("cn-new", FactorSetReader.select(dir, null).id());
        assertEquals("cn-old", FactorSetReader.select(dir, "cn-old").id());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> FactorSetReader.select(dir, "cn-2030"));
        assertEquals(dir + ": no factor set 'cn-2030'; the sets are [cn-new, cn-old]", unknown.problems().get(0).toString());

        Files.writeString(dir.resolve("cn/copy.yaml"), HEAD.replace("test-set", "cn-new") + heat);
        Files.writeString(dir.resolve("cn/broken.yaml"), HEAD + "  - {id: H, category: heat}\n");
        InvalidInputException both = assertThrows(InvalidInputException.class, () -> FactorSetReader.readDirectory(dir));
        List<String> problems = both.problems().stream().map(InputProblem::toString).toList();
        assertTrue(problems.contains(dir.resolve("cn/newer.yaml") + ": set id 'cn-new' is also the id of " + dir.resolve("cn/copy.yaml")), problems.toString());
        assertTrue(problems.contains(dir.resolve("cn/broken.yaml") + " line 12: factors[0].year: missing: a whole number is required"), problems.toString());
    }

    @Test
    void anEmptyOrMissingDirectoryIsAProblem(@TempDir Path dir) {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> FactorSetReader.select(dir, null));
        assertEquals(dir + ": holds no factor set (*.yaml)", empty.problems().get(0).toString());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> FactorSetReader.select(dir.resolve("nowhere"), null));
        assertTrue(missing.problems().get(0).toString().startsWith(dir.resolve("nowhere") + ": cannot be read"), missing.problems().toString());
    }
}
