package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger compute} run in-process, as {@code java -jar ... ledger compute} runs it. */
class LedgerCommandTest {

    private static final String EXAMPLE = "carbon-factors/examples/demo-hospital-2026-07.csv";
    /** Numbers kept as printed (93.500 stays 93.500), so the test compares the reported digits. */
    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }


    private JsonNode ledger() throws IOException {
        return EXACT.readTree(command.out());
    }

    /**
     * The demo hospital's July 2026 in Shanghai, computed by hand from the published factors (calculation day
     * 2026-11-22), equals the command's output to the last reported digit (3 decimals, half up).
     */
    @Test
    void theExampleMonthEqualsTheHandComputation() throws IOException {
        assertEquals(0, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--region", "CN-SH", "--as-of", "2026-11-22"), command.err());
        JsonNode json = ledger();

        // Factors (carbon-factors/cn/cn-2026-11.yaml):
        //   Shanghai grid average, data year 2022 (MEE/NBS, published 2024-12-23)   0.5849 tCO2/MWh
        //     (the newest provincial year; 2023 exists only for the East grid and the nation, and the province comes first)
        //   national excluding market-traded non-fossil, 2023 (published 2026-01-15) 0.6096 tCO2/MWh
        //   natural gas: NCV 389.31 GJ/10^4Nm3 = 0.038931 GJ/m3, carbon content 0.0153 tC/GJ, oxidation 0.99
        //   diesel: NCV 42.652 GJ/t, 0.0202 tC/GJ, 0.98;  LPG: NCV 50.179 GJ/t, 0.0172 tC/GJ, 0.98
        //   purchased heat 0.11 tCO2/GJ;  GWP (AR6) R-134a 1530, R-410A 2255.5, R-22 1960
        //   tce: electricity 0.1229 kgce/kWh, natural gas 1.33 kgce/m3, diesel 1.4571 kgce/kg, LPG 1.7143 kgce/kg, heat 0.03412 kgce/MJ
        assertEquals("CN_GRID_PROV_SH_2022", json.at("/entries/0/factors/0/id").asText());
        assertEquals("0.5849", json.at("/entries/0/factors/0/value").asText());
        assertEquals("CN_GRID_EXMKT_2023", json.at("/ghgProtocol/scope2MarketBased/residualFactor/id").asText());

        // Electricity bought: 3,120,000 kWh = 3,120 MWh; x 0.5849 = 1,824.888 tCO2
        assertEquals("3120", json.at("/entries/0/quantity").asText());
        assertEquals("1824.888", json.at("/entries/0/complianceTco2").asText());
        // PV exported: 2,300 kWh = 2.3 MWh; x 0.5849 = 1.34527, deducted: -1.345
        assertEquals("-1.345", json.at("/entries/4/complianceTco2").asText());
        // Net purchased electricity: 3,117.7 MWh x 0.5849 = 1,823.54273 -> 1,823.543
        assertEquals("3117.7", json.at("/compliance/netElectricityMwh").asText());
        assertEquals("1823.543", json.at("/compliance/netElectricityTco2").asText());
        // Natural gas: 182,000 m3 x 0.038931 = 7,085.442 GJ; x 0.0153 = 108.4072626 tC; x 0.99 = 107.323189974 tC;
        //   x 44/12 = 393.518363238 tCO2 -> 393.518
        assertEquals("393.518", json.at("/entries/5/complianceTco2").asText());
        // Diesel: 1.2 t x 42.652 = 51.1824 GJ; x 0.0202 = 1.03388448 tC; x 0.98 = 1.0132067904; x 44/12 = 3.7150915648 -> 3.715
        assertEquals("3.715", json.at("/entries/6/complianceTco2").asText());
        // LPG: 350 kg = 0.35 t x 50.179 = 17.56265 GJ; x 0.0172 = 0.30207758 tC; x 0.98 = 0.2960360284; x 44/12 = 1.0854654375 -> 1.085
        assertEquals("1.085", json.at("/entries/7/complianceTco2").asText());
        // Fuel combustion: 393.518363238 + 3.7150915648 + 1.0854654375 = 398.3189202403 -> 398.319
        assertEquals("398.319", json.at("/compliance/fuelCombustionTco2").asText());
        // Heat: 850 GJ x 0.11 = 93.5
        assertEquals("93.500", json.at("/compliance/netHeatTco2").asText());
        // Compliance total: 398.3189202403 + 1,823.54273 + 93.5 = 2,315.3616502403 -> 2,315.362 tCO2
        assertEquals("2315.362", json.at("/compliance/totalTco2").asText());

        // GHG Protocol, scope 1: fuels 398.3189202403; refrigerants R-134a 45 kg x 1530 / 1000 = 68.85,
        //   R-410A 6.5 kg x 2255.5 / 1000 = 14.66075 (R-22 is a memo item); 398.3189202403 + 83.51075 = 481.8296702403 -> 481.830
        assertEquals("398.319", json.at("/ghgProtocol/scope1/fuelCombustionTco2e").asText());
        assertEquals("83.511", json.at("/ghgProtocol/scope1/refrigerantTco2e").asText());
        assertEquals("481.830", json.at("/ghgProtocol/scope1/totalTco2e").asText());
        // R-22 memo: 2 kg x 1960 / 1000 = 3.92
        assertEquals("3.920", json.at("/ghgProtocol/memo/montrealProtocolGasesTco2e").asText());
        // Scope 2 location-based: 3,120 MWh x 0.5849 = 1,824.888 (exports not netted) + heat 93.5 = 1,918.388
        assertEquals("1918.388", json.at("/ghgProtocol/scope2LocationBased/totalTco2e").asText());
        // Scope 2 market-based: (3,120 - 400 green) MWh x 0.6096 = 2,720 x 0.6096 = 1,658.112 + heat 93.5 = 1,751.612
        assertEquals("1658.112", json.at("/ghgProtocol/scope2MarketBased/electricityTco2e").asText());
        assertEquals("1751.612", json.at("/ghgProtocol/scope2MarketBased/totalTco2e").asText());
        // Totals: 481.8296702403 + 1,918.388 = 2,400.2176702403 -> 2,400.218;  481.8296702403 + 1,751.612 = 2,233.4416702403 -> 2,233.442
        assertEquals("2400.218", json.at("/ghgProtocol/totalLocationBasedTco2e").asText());
        assertEquals("2233.442", json.at("/ghgProtocol/totalMarketBasedTco2e").asText());

        // Energy: electricity 3,120 MWh x 0.1229 = 383.448 tce; gas 182,000 m3 x 1.33 / 1000 = 242.06; diesel 1.2 t x 1.4571 = 1.74852;
        //   LPG 0.35 t x 1.7143 = 0.600005; heat 850 GJ x 0.03412 = 29.002; purchased 656.858525 -> 656.859
        //   PV used on site 58.9 MWh x 0.1229 = 7.23881 -> 7.239 (renewable); total 664.097335 -> 664.097
        assertEquals("656.859", json.at("/energy/purchasedTce").asText());
        assertEquals("7.239", json.at("/energy/renewableOnSiteTce").asText());
        assertEquals("664.097", json.at("/energy/totalTce").asText());
        // Estimated: only the R-410A top-up, 14.66075 of 2,400.2176702403 tCO2e = 0.61 % -> 0.6; none of the energy
        assertEquals("0.6", json.at("/estimatedData/ghgSharePct").asText());
        assertEquals("0.0", json.at("/estimatedData/energySharePct").asText());

        assertEquals("cn-2026-11", json.at("/factorSet/id").asText());
        assertEquals("province-grid-nation/newest-published/v1", json.at("/policy").asText());
        assertEquals(12, json.get("entries").size());
        assertTrue(json.at("/sources/mee-nbs-2022/document").asText().contains("2022年电力二氧化碳排放因子"));
    }

    @Test
    void aCalculationDayBeforeTheFuelDefaultsWerePublishedLacksThem() {
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2024-05", "--region", "CN-SH", "--as-of", "2024-06-01"));
        assertTrue(command.err().contains("2024-05 CN-SH: no fuel_combustion natural_gas/ncv factor in set cn-2026-11 for CN-SH, CN-EAST, CN"
                + " published by 2024-06-01"), command.err());
        assertTrue(command.err().endsWith("; no ledger\n") || command.err().endsWith("; no ledger\r\n"), command.err());
    }

    @Test
    void aMonthBeforeTheFactorSeriesIsExitTwoNamingMonthRegionAndFactor() {
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2019-07", "--region", "CN-SH", "--as-of", "2026-11-22"));
        assertTrue(command.err().startsWith("2019-07 CN-SH: no grid_electricity average factor in set cn-2026-11 for CN-SH, CN-EAST, CN with a data year"
                + " up to 2019 published by 2026-11-22"), command.err());
        assertEquals("", command.out(), "no ledger printed");
    }

    @Test
    void everyBadRowIsPrintedWithItsLineAndTheExitCodeIsTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                carrier,quantity,unit
                electricity,1200,MWh
                coal,3,t
                electricity,3,t
                diesel,-2,t
                heat,12,GJ,metered
                refrigerant:R-999,2,kg
                natural_gas,lots,m3
                """);
        assertEquals(2, run("ledger", "compute", "--activities", file.toString(), "--month", "2026-07", "--as-of", "2026-11-22"));
        String[] lines = command.err().split("\r?\n");
        assertEquals(file + " line 3: unknown carrier 'coal': one of electricity, green_electricity, pv_generated, pv_self_consumed, pv_exported,"
                + " natural_gas, diesel, lpg, heat, refrigerant:<gas>", lines[0]);
        assertEquals(file + " line 4: unit t does not fit electricity: electricity is electrical energy (kWh, MWh, GJ)", lines[1]);
        assertEquals(file + " line 5: quantity -2 is negative: give what was bought, used or topped up (PV fed into the grid is pv_exported)", lines[2]);
        assertEquals(file + " line 6: expected 3 fields (carrier,quantity,unit), got 4; write numbers without thousands separators", lines[3]);
        assertEquals(file + " line 8: quantity 'lots' is not a number", lines[4]);
        assertTrue(lines[5].startsWith(file + " line 7: no GWP for gas 'R-999' in factor set cn-2026-11"), lines[5]);
        assertEquals("ledger: 6 problems; no ledger", lines[6]);
    }

    @Test
    void aRegionCodeMayBeWrittenInLowerCase() throws IOException {
        assertEquals(0, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--region", "cn-js", "--as-of", "2026-11-22"), command.err());
        // Jiangsu has provincial values: its own 2022 factor
        assertEquals("CN_GRID_PROV_JS_2022", ledger().at("/entries/0/factors/0/id").asText());
    }

    @Test
    void anUnknownRegionIsExitTwoListingTheRegions() {
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--region", "CN-HK"));
        assertTrue(command.err().startsWith("--region: 'CN-HK' is not a region of factor set cn-2026-11: CN, CN-AH, CN-BJ,"), command.err());
    }

    @Test
    void aMissingOrBrokenFactorsDirectoryIsExitTwo(@TempDir Path dir) throws IOException {
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--factors", dir.resolve("none").toString()));
        assertTrue(command.err().startsWith(dir.resolve("none") + ": cannot be read"), command.err());
        Files.writeString(dir.resolve("broken.yaml"), "set: x\nfactors: [\n");
        command.reset();
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--factors", dir.toString()));
        assertTrue(command.err().startsWith(dir.resolve("broken.yaml") + " line "), command.err());
    }

    @Test
    void usageErrorsAreExitTwoWithTheUsage() {
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE));
        assertTrue(command.err().startsWith("ledger: --month YYYY-MM is required"), command.err());
        command.reset();
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "July"));
        assertTrue(command.err().startsWith("ledger: --month takes YYYY-MM, got 'July'"), command.err());
        command.reset();
        assertEquals(2, run("ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--as-of", "yesterday"));
        assertTrue(command.err().startsWith("ledger: --as-of takes YYYY-MM-DD, got 'yesterday'"), command.err());
        command.reset();
        assertEquals(2, run("ledger", "close", "--month", "2026-07"));
        assertTrue(command.err().startsWith("ledger: the ledger commands are 'compute' and 'verify'"), command.err());
        command.reset();
        assertEquals(2, run("ledger", "compute", "--month", "2026-07", "--colour", "blue"));
        assertTrue(command.err().startsWith("ledger: unknown option --colour"), command.err());
        assertTrue(command.err().contains("Usage: ledger compute"), command.err());
        assertTrue(command.err().contains("Usage: ledger verify"), command.err());
    }

    private static final String[] WHO_REPORTS = {"--site", "HOSP", "--site-name", "示范综合医院 Demo General Hospital", "--organisation",
        "上海市示范综合医院", "--credit-code", "12310000MB2F3H4K55", "--floor-area", "196000"};

    private int runExample(String... more) {
        String[] args = {"ledger", "compute", "--activities", EXAMPLE, "--month", "2026-07", "--region", "CN-SH", "--as-of", "2026-11-22"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void theReportIsWrittenAsXlsxAndPdfBesideTheJson(@TempDir Path dir) throws IOException, NoSuchAlgorithmException {
        Path xlsx = dir.resolve("2026-07.xlsx");
        Path pdf = dir.resolve("2026-07.pdf");
        String[] files = {"--xlsx", xlsx.toString(), "--pdf", pdf.toString()};
        String[] args = java.util.Arrays.copyOf(files, files.length + WHO_REPORTS.length);
        System.arraycopy(WHO_REPORTS, 0, args, files.length, WHO_REPORTS.length);
        assertEquals(0, runExample(args), command.err());
        String json = command.out();
        assertEquals("2315.362", EXACT.readTree(json).at("/compliance/totalTco2").asText(), "the JSON is printed as before");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertEquals(List.of("1 排放汇总 Emission totals", "2 活动数据 Activity data", "3 排放因子 Factors"),
                    workbook.getSheets().map(Sheet::getName).toList());
            List<Row> totals = workbook.getFirstSheet().read();
            assertEquals(new BigDecimal("2315.362"), totals.stream().filter(row -> row.getCellText(2).equals("Total CO2")).findFirst()
                    .orElseThrow().getCellAsNumber(4).orElseThrow());
            assertTrue(totals.stream().anyMatch(row -> row.getCellText(1).equals("Content hash (SHA-256)") && row.getCellText(2).equals(hash)),
                    "the draft's content hash is the SHA-256 of the JSON printed");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("二氧化碳排放总量 Total CO2 tCO2 2315.362"), text);
            assertTrue(text.contains("内容哈希 Content hash (SHA-256): " + hash), text);
            assertTrue(text.contains("草稿（未关账，不作签署）DRAFT: not closed, not for signature"), text);
        }
    }

    @Test
    void aReportNeedsWhoReportsAndItsOptionsNeedAFile(@TempDir Path dir) {
        assertEquals(2, runExample("--pdf", dir.resolve("r.pdf").toString(), "--site", "HOSP"));
        assertTrue(command.err().startsWith("ledger: a report needs who reports: --credit-code, --floor-area, --organisation, --site-name missing"), command.err());
        command.reset();
        assertEquals(2, runExample("--site", "HOSP"));
        assertTrue(command.err().startsWith("ledger: --site describe a report: give --xlsx FILE or --pdf FILE to write one"), command.err());
        command.reset();
        assertEquals(2, runExample("--pdf-font", "font.ttf"));
        assertTrue(command.err().startsWith("ledger: --pdf-font FILE goes with --pdf FILE"), command.err());
    }

    @Test
    void aBadCreditCodeOrFloorAreaIsExitTwoAndNoFileIsWritten(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("r.xlsx");
        assertEquals(2, runExample("--xlsx", xlsx.toString(), "--site", "HOSP", "--site-name", "Demo", "--organisation", "Demo hospital",
                "--credit-code", "12310000MB2F3H4K56", "--floor-area", "196,000"));
        String[] lines = command.err().split("\r?\n");
        assertEquals("--credit-code: '12310000MB2F3H4K56': the check character is 5, not 6 (GB 32100-2015): a character is mistyped", lines[0]);
        assertEquals("--floor-area: '196,000' is not a number of m2", lines[1]);
        assertEquals("ledger: 2 problems; no ledger", lines[2]);
        assertEquals("", command.out());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file written");
        }
        command.reset();
        assertEquals(2, runExample("--pdf", dir.resolve("r.pdf").toString(), "--pdf-font", dir.resolve("none.ttf").toString(), "--site", "HOSP",
                "--site-name", "Demo", "--organisation", "Demo hospital", "--credit-code", "12310000MB2F3H4K55", "--floor-area", "-5"));
        assertTrue(command.err().startsWith("--floor-area: is -5: the gross floor area in m², more than 0"), command.err());
    }

    @Test
    void helpIsExitZero() {
        assertEquals(0, run("ledger", "--help"));
        assertTrue(command.out().startsWith("Usage: ledger compute --activities FILE --month YYYY-MM"));
    }
}
