package io.wardwatt.reporting.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.ledger.LedgerEntry;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.UsedFactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo hospital's July 2026 rendered as the XLSX annex and read back as a spreadsheet program reads it. */
class XlsxReportTest {

    private static final MonthlyReport REPORT = DemoMonth.closed();
    private static final byte[] XLSX = XlsxReport.render(REPORT);
    /** The ledger's JSON, numbers kept as printed (93.500 stays 93.500): the annex must show the same digits. */
    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private static List<Row> rows(String sheet) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(XLSX))) {
            return workbook.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet)).read();
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }

    /** A numeric cell's value, failing when the cell holds text. */
    private static BigDecimal number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMBER, cell.getType(), "row " + (row.getRowNum()) + " column " + column + " is a number, not " + cell.getText());
        return cell.asNumber();
    }

    @Test
    void theWorkbookHoldsTheThreeAnnexTablesWithChineseAndEnglishHeaders() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(XLSX))) {
            assertEquals(List.of("1 排放汇总 Emission totals", "2 活动数据 Activity data", "3 排放因子 Factors"),
                    workbook.getSheets().map(Sheet::getName).toList());
        }
        assertEquals(List.of("口径 View", "项目", "Item", "单位 Unit", "数值 Value", "说明 Note"), texts(headerRow(rows(XlsxReport.TOTALS_SHEET))));
        assertEquals(List.of("序号 No.", "能源/物料 Carrier", "代码 Code", "数量 Quantity", "单位 Unit", "折算量 Canonical quantity",
                "折算单位 Canonical unit", "数据来源 Source", "来源记录 Origin", "所用因子 Factors applied", "合规口径排放（tCO2） Compliance (tCO2)",
                "GHG范围 GHG scope", "温室气体排放（tCO2e） GHG (tCO2e)", "折标煤（tce） Energy (tce)"), texts(rows(XlsxReport.ACTIVITY_SHEET).get(2)));
        assertEquals(List.of("序号 No.", "因子编号 Factor ID", "类别 Category", "用途 Role", "数值 Value", "单位 Unit", "地区 Region",
                "发布机构 Issuer", "文件 Document", "数据年份 Data year", "发布日期 Published", "选用理由 Why chosen"),
                texts(rows(XlsxReport.FACTORS_SHEET).get(2)));
    }

    @Test
    void everyActivityIsARowWithQuantityUnitCanonicalQuantitySourceAndOrigin() throws IOException {
        List<Row> rows = rows(XlsxReport.ACTIVITY_SHEET);
        List<LedgerEntry> entries = REPORT.ledger().entries();
        assertEquals(12, entries.size());
        assertEquals(3 + entries.size(), rows.size(), "title, subtitle, header, then one row per activity");
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            Row row = rows.get(3 + i);
            assertEquals(BigDecimal.valueOf(i + 1), number(row, 0));
            assertEquals(entry.activity().carrier().code(), row.getCellText(2));
            assertEquals(0, entry.activity().quantity().compareTo(number(row, 3)), "quantity as given");
            assertEquals(entry.activity().unit().symbol(), row.getCellText(4));
            assertEquals(0, entry.quantity().compareTo(number(row, 5)), "canonical quantity (none of the example's has more than 6 decimals)");
            assertEquals(entry.unit().symbol(), row.getCellText(6));
            assertTrue(row.getCellText(7).endsWith(entry.activity().source().code()), row.getCellText(7));
            assertEquals(entry.activity().origin(), row.getCellText(8));
            assertEquals(LedgerJson.tonnes(entry.complianceTco2()), number(row, 10));
            assertEquals(LedgerJson.tonnes(entry.ghgTco2e()), number(row, 12));
            assertEquals(LedgerJson.tonnes(entry.tce()), number(row, 13));
        }
        // by hand: 3,120,000 kWh bought = 3,120 MWh x 0.5849 = 1,824.888 tCO2, metered, line 3 of the file
        Row electricity = rows.get(3);
        assertEquals(List.of("1", "外购电力 grid electricity bought", "electricity", "3120000", "kWh", "3120", "MWh", "计量 metered",
                DemoMonth.EXAMPLE + " line 3", "CN_GRID_PROV_SH_2022, TCE_ELEC_EQUIV", "1824.888", "范围二 scope 2", "1824.888", "383.448"),
                texts(electricity));
        // LPG 350 kg = 0.35 t; the R-410A top-up is the estimated one
        assertEquals(new BigDecimal("0.35"), number(rows.get(10), 5));
        assertEquals("估算 estimated", rows.get(13).getCellText(7));
        assertEquals("制冷剂补充量 R410A refrigerant top-up R410A", rows.get(13).getCellText(1));
    }

    @Test
    void theTotalsAreNumbersWithTheDigitsOfTheLedgersJson() throws IOException {
        JsonNode json = EXACT.readTree(LedgerJson.write(REPORT.ledger()));
        Map<String, BigDecimal> totals = totals(rows(XlsxReport.TOTALS_SHEET));
        Map<String, String> pointers = Map.ofEntries(
                Map.entry("Fuel combustion", "/compliance/fuelCombustionTco2"),
                Map.entry("Electricity purchased", "/compliance/purchasedElectricityMwh"),
                Map.entry("Electricity supplied out (PV exported)", "/compliance/exportedElectricityMwh"),
                Map.entry("Net purchased electricity", "/compliance/netElectricityMwh"),
                Map.entry("Net purchased electricity emissions", "/compliance/netElectricityTco2"),
                Map.entry("Net purchased heat", "/compliance/netHeatGj"),
                Map.entry("Net purchased heat emissions", "/compliance/netHeatTco2"),
                Map.entry("Total CO2", "/compliance/totalTco2"),
                Map.entry("Scope 1: fuel combustion", "/ghgProtocol/scope1/fuelCombustionTco2e"),
                Map.entry("Scope 1: refrigerant leakage (AR6 GWP)", "/ghgProtocol/scope1/refrigerantTco2e"),
                Map.entry("Scope 1 total", "/ghgProtocol/scope1/totalTco2e"),
                Map.entry("Scope 2 location-based: electricity", "/ghgProtocol/scope2LocationBased/electricityTco2e"),
                Map.entry("Scope 2 location-based: heat", "/ghgProtocol/scope2LocationBased/heatTco2e"),
                Map.entry("Scope 2 location-based total", "/ghgProtocol/scope2LocationBased/totalTco2e"),
                Map.entry("Scope 2 market-based: electricity bought", "/ghgProtocol/scope2MarketBased/electricityMwh"),
                Map.entry("Scope 2 market-based: covered by green power", "/ghgProtocol/scope2MarketBased/greenCoveredMwh"),
                Map.entry("Scope 2 market-based: remainder", "/ghgProtocol/scope2MarketBased/residualMwh"),
                Map.entry("Scope 2 market-based: factor of the remainder", "/ghgProtocol/scope2MarketBased/residualFactor/value"),
                Map.entry("Scope 2 market-based: electricity", "/ghgProtocol/scope2MarketBased/electricityTco2e"),
                Map.entry("Scope 2 market-based: heat", "/ghgProtocol/scope2MarketBased/heatTco2e"),
                Map.entry("Scope 2 market-based total", "/ghgProtocol/scope2MarketBased/totalTco2e"),
                Map.entry("Total, scope 1 + scope 2 location-based", "/ghgProtocol/totalLocationBasedTco2e"),
                Map.entry("Total, scope 1 + scope 2 market-based", "/ghgProtocol/totalMarketBasedTco2e"),
                Map.entry("Memo: Montreal Protocol gases", "/ghgProtocol/memo/montrealProtocolGasesTco2e"),
                Map.entry("Memo: PV generated", "/ghgProtocol/memo/pvGeneratedMwh"),
                Map.entry("Memo: PV exported", "/ghgProtocol/memo/pvExportedMwh"),
                Map.entry("Purchased energy", "/energy/purchasedTce"),
                Map.entry("On-site renewable (PV used on site)", "/energy/renewableOnSiteTce"),
                Map.entry("Total energy", "/energy/totalTce"),
                Map.entry("Estimated share of GHG (location-based)", "/estimatedData/ghgSharePct"),
                Map.entry("Estimated share of energy", "/estimatedData/energySharePct"));
        pointers.forEach((item, pointer) -> assertEquals(json.at(pointer).decimalValue(), totals.get(item), item + " = " + pointer));
        // every row but the two per-area ones is in the JSON
        assertEquals(pointers.size() + 2, totals.size(), totals.keySet().toString());

        // by hand (LedgerCommandTest): 2,315.362 tCO2; 2,400.218 and 2,233.442 tCO2e; 664.097 tce; heat shown as 93.500
        assertEquals(new BigDecimal("2315.362"), totals.get("Total CO2"));
        assertEquals(new BigDecimal("2400.218"), totals.get("Total, scope 1 + scope 2 location-based"));
        assertEquals(new BigDecimal("2233.442"), totals.get("Total, scope 1 + scope 2 market-based"));
        assertEquals(new BigDecimal("664.097"), totals.get("Total energy"));
        assertEquals(new BigDecimal("93.500"), totals.get("Net purchased heat emissions"));
        // per floor area: 2,315.3616502403 tCO2 x 1000 / 196,000 m2 = 11.8130696 -> 11.813 kg; 664.097335 tce -> 3.38825 -> 3.388 kgce
        assertEquals(new BigDecimal("11.813"), totals.get("Emissions per floor area (compliance)"));
        assertEquals(new BigDecimal("3.388"), totals.get("Energy per floor area"));
    }

    @Test
    void theTotalsSheetSaysWhoseReportAndWhichVersionItIs() throws IOException {
        Map<String, Row> lines = new HashMap<>();
        for (Row row : rows(XlsxReport.TOTALS_SHEET)) {
            if (row.getRowNum() > 3 && row.getCellCount() == 3) {
                lines.put(row.getCellText(1), row);
            }
        }
        assertEquals("上海市示范综合医院", lines.get("Organisation").getCellText(2));
        assertEquals("12310000MB2F3H4K55", lines.get("Unified social credit code").getCellText(2));
        assertEquals(new BigDecimal("196000"), number(lines.get("Floor area (m²)"), 2));
        assertEquals(BigDecimal.ONE, number(lines.get("Ledger version"), 2));
        assertEquals("2026-07", lines.get("Month").getCellText(2));
        assertEquals(REPORT.contentHash(), lines.get("Content hash (SHA-256)").getCellText(2));
        assertEquals(DemoMonth.PREVIOUS, lines.get("Previous month's hash").getCellText(2));
        assertEquals("已关账 closed 2026-08-05 10:30 (UTC+8), 王敏 Wang Min", lines.get("Status").getCellText(2));
        assertTrue(lines.get("Factor set").getCellText(2).startsWith("cn-2026-11 (GWP AR6), SHA-256 " + DemoMonth.SET.sha256()));
    }

    @Test
    void theFactorsSheetListsEveryFactorUsedWithItsSourceAndWhyItWasChosen() throws IOException {
        List<Row> rows = rows(XlsxReport.FACTORS_SHEET);
        List<UsedFactor> used = REPORT.ledger().factorsUsed();
        assertEquals(3 + used.size(), rows.size());
        for (int i = 0; i < used.size(); i++) {
            Factor factor = used.get(i).choice().factor();
            Row row = rows.get(3 + i);
            assertEquals(factor.id(), row.getCellText(1));
            assertEquals(used.get(i).role(), row.getCellText(3));
            assertEquals(factor.value(), number(row, 4), "as published");
            assertEquals(factor.unit().symbol(), row.getCellText(5));
            assertEquals(factor.source().issuer(), row.getCellText(7));
            assertEquals(factor.source().document(), row.getCellText(8));
            assertEquals(BigDecimal.valueOf(factor.year()), number(row, 9));
            assertEquals(factor.source().published(), row.getCellText(10));
            assertEquals(used.get(i).choice().reason(), row.getCellText(11));
        }
        Row grid = rows.get(3);
        assertEquals("CN_GRID_PROV_SH_2022", grid.getCellText(1));
        assertEquals("电网排放因子 grid electricity", grid.getCellText(2));
        assertEquals(new BigDecimal("0.5849"), number(grid, 4));
        assertEquals("CN-SH (province)", grid.getCellText(6));
        assertTrue(grid.getCellText(8).contains("2022年电力二氧化碳排放因子"), grid.getCellText(8));
        assertEquals("2024-12-23", grid.getCellText(10));
    }

    @Test
    void theSameReportGivesTheSameBytesDatedWhenTheMonthWasClosed(@TempDir Path dir) throws IOException {
        assertArrayEquals(XLSX, XlsxReport.render(DemoMonth.closed()));
        Path file = Files.write(dir.resolve("report.xlsx"), XLSX);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(core.contains(">2026-08-05T02:30:00Z</dcterms:created>"), core);
        }
    }

    @Test
    void aDraftIsDatedOnItsCalculationDayAndSaysItIsADraft(@TempDir Path dir) throws IOException {
        MonthlyReport draft = MonthlyReport.draft("HOSP", "示范综合医院", "上海市示范综合医院", DemoMonth.CREDIT_CODE, new BigDecimal("196000"),
                DemoMonth.ledger());
        byte[] xlsx = XlsxReport.render(draft);
        try (ZipFile zip = new ZipFile(Files.write(dir.resolve("draft.xlsx"), xlsx).toFile())) {
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), StandardCharsets.UTF_8);
            // 2026-11-22 00:00 in Beijing
            assertTrue(core.contains(">2026-11-21T16:00:00Z</dcterms:created>"), core);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(workbook.getFirstSheet().read().stream().anyMatch(row -> row.getCellText(1).equals("Status")
                    && row.getCellText(2).startsWith("草稿（未关账，不作签署）draft")));
        }
    }

    private static Row headerRow(List<Row> rows) {
        return rows.stream().filter(row -> row.getCellText(0).equals("口径 View")).findFirst().orElseThrow();
    }

    /** Value by English item, for the rows below the header. */
    private static Map<String, BigDecimal> totals(List<Row> rows) {
        Map<String, BigDecimal> totals = new HashMap<>();
        int header = headerRow(rows).getRowNum();
        for (Row row : rows) {
            if (row.getRowNum() > header) {
                BigDecimal previous = totals.put(row.getCellText(2), number(row, 4));
                assertEquals(null, previous, "English items are unique: " + row.getCellText(2));
            }
        }
        return totals;
    }
}
