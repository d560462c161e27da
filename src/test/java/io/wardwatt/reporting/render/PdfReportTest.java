package io.wardwatt.reporting.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.ledger.UsedFactor;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The demo hospital's July 2026 rendered for signatures and read back with PDFBox's text extraction. */
class PdfReportTest {

    private static final MonthlyReport REPORT = DemoMonth.closed();
    private static final byte[] PDF = PdfReport.render(REPORT, PdfFont.bundled());

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void itShowsTitleSiteTotalsFactorsHashAndSignatureLinesOnAtMostTwoPages() throws IOException {
        String text = text(PDF);
        try (PDDocument document = Loader.loadPDF(PDF)) {
            assertEquals(2, document.getNumberOfPages());
        }
        for (String expected : new String[] {"月度碳排放报告", "Monthly carbon report", "示范综合医院 Demo General Hospital  2026-07  v1",
            "上海市示范综合医院", "12310000MB2F3H4K55", "CN-SH 上海 Shanghai", "已关账 closed 2026-08-05 10:30 (UTC+8), 王敏 Wang Min",
            // totals, as reported (by hand in LedgerCommandTest)
            "二氧化碳排放总量 Total CO2 tCO2 2315.362", "范围一合计 Scope 1 total tCO2e 481.830",
            "Total, scope 1 + scope 2 location-based tCO2e 2400.218", "Total, scope 1 + scope 2 market-based tCO2e 2233.442",
            "能源消费总量 Total energy tce 664.097", "Net purchased heat emissions tCO2 93.500",
            // a factor line
            "CN_GRID_PROV_SH_2022 0.5849 tCO2/MWh 2022 CN-SH grid electricity: compliance and location-based",
            "内容哈希 Content hash (SHA-256): " + REPORT.contentHash(), "上月哈希 Previous month's hash: " + DemoMonth.PREVIOUS,
            "第 1 页 共 2 页 Page 1 of 2", "第 2 页 共 2 页 Page 2 of 2"}) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
        }
        for (TotalRow total : TotalsTable.of(REPORT)) {
            if (total.summary()) {
                assertTrue(text.contains(total.item().en() + " " + total.unit() + " " + total.value().toPlainString()), total.item().en());
            }
        }
        for (UsedFactor used : REPORT.ledger().factorsUsed()) {
            Factor factor = used.choice().factor();
            assertTrue(text.contains(factor.id() + " " + factor.value().toPlainString() + " " + factor.unit().symbol()), factor.id());
        }
        // one line to sign and one to date for each signatory
        Matcher signatures = Pattern.compile("(能源管理负责人 Energy manager|后勤负责人 Head of logistics) +签字 Signature: +日期 Date:").matcher(text);
        assertTrue(signatures.find(), text);
        assertEquals("能源管理负责人 Energy manager", signatures.group(1));
        assertTrue(signatures.find(), text);
        assertEquals("后勤负责人 Head of logistics", signatures.group(1));
        assertTrue(!text.contains("DRAFT"), "a closed month is not a draft");
    }

    @Test
    void theSameReportGivesTheSameBytesWithDatesAndIdFromTheReport() throws IOException {
        assertArrayEquals(PDF, PdfReport.render(DemoMonth.closed(), PdfFont.bundled()));
        try (PDDocument document = Loader.loadPDF(PDF)) {
            assertEquals(DemoMonth.CLOSED_AT, document.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(DemoMonth.CLOSED_AT, document.getDocumentInformation().getModificationDate().toInstant());
            assertEquals("SHA-256 " + REPORT.contentHash(), document.getDocumentInformation().getKeywords());
            assertEquals(2, document.getDocument().getDocumentID().size());
        }
        // another version of the month is another document: another id
        MonthlyReport restated = new MonthlyReport(REPORT.siteCode(), REPORT.siteName(), REPORT.organisationName(), REPORT.creditCode(),
                REPORT.floorAreaM2(), REPORT.month(), 2, REPORT.contentHash(), REPORT.previousHash(), REPORT.closedAt(), REPORT.closedBy(),
                REPORT.ledger());
        try (PDDocument first = Loader.loadPDF(PDF); PDDocument second = Loader.loadPDF(PdfReport.render(restated, PdfFont.bundled()))) {
            assertTrue(!first.getDocument().getDocumentID().toList().equals(second.getDocument().getDocumentID().toList()));
        }
    }

    @Test
    void aDraftSaysOnEveryPageThatItIsNotForSignature() throws IOException {
        MonthlyReport draft = MonthlyReport.draft("HOSP", "示范综合医院", "上海市示范综合医院", DemoMonth.CREDIT_CODE, new BigDecimal("196000"),
                DemoMonth.ledger());
        byte[] pdf = PdfReport.render(draft, PdfFont.bundled());
        String text = text(pdf);
        assertTrue(text.contains(PdfReport.DRAFT), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertEquals(pages, text.split("· 草稿 DRAFT", -1).length - 1, "the footer of every page");
            // the start of the calculation day, 2026-11-22, in Beijing
            assertEquals(Instant.parse("2026-11-21T16:00:00Z"), document.getDocumentInformation().getCreationDate().toInstant());
        }
        assertTrue(text.contains("上月哈希 Previous month's hash: 无（首月）none: the site's first month"), text);
    }

    @Test
    void aCharacterTheFontLacksIsAnErrorNamingItAndItsText() {
        // 堃 (U+5803) is in GBK, not in GB 2312
        MonthlyReport report = MonthlyReport.draft("HOSP", "堃华医院", "上海市示范综合医院", DemoMonth.CREDIT_CODE, new BigDecimal("196000"),
                DemoMonth.ledger());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfReport.render(report, PdfFont.bundled()));
        assertEquals("PDF font", e.problems().get(0).where());
        assertTrue(e.getMessage().contains("character '堃' (U+5803) in \"堃华医院  2026-07  v1\" is not in the shipped font"), e.getMessage());
        assertTrue(e.getMessage().contains("--pdf-font FILE"), e.getMessage());
    }
}
