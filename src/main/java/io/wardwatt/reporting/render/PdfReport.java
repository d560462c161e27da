package io.wardwatt.reporting.render;

import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.ledger.UsedFactor;
import io.wardwatt.reporting.render.PdfPages.Align;
import io.wardwatt.reporting.render.PdfPages.Row;
import io.wardwatt.reporting.render.PdfPages.Table;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The month's report as a PDF for signatures, one or two A4 pages in Chinese and English: title, whose report and
 * which version, the emission totals, the factors used, the content hash that was signed, and lines for the energy
 * manager and the head of logistics to sign and date. A draft says on every page that it is not for signature.
 * Its dates and document id come from the report, never from the clock, so the same report gives the same bytes.
 */
public final class PdfReport {

    static final String TITLE_ZH = "月度碳排放报告";
    static final String TITLE_EN = "Monthly carbon report";
    static final List<Bilingual> SIGNATORIES = List.of(new Bilingual("能源管理负责人", "Energy manager"),
            new Bilingual("后勤负责人", "Head of logistics"));
    static final Bilingual SIGNATURE = new Bilingual("签字", "Signature");
    static final Bilingual DATE = new Bilingual("日期", "Date");
    static final String DRAFT = "草稿（未关账，不作签署）DRAFT: not closed, not for signature";

    private static final float BODY = 8.5f;
    private static final float SMALL = 7.5f;
    /** A heading, a table's header and a few rows: a heading never ends a page alone. */
    private static final float HEADING_WITH_TABLE = 80;
    private static final Color DRAFT_RED = new Color(0xB0, 0x1C, 0x1C);

    private PdfReport() {
    }

    /** The PDF's bytes, set in {@code font}. */
    public static byte[] render(MonthlyReport report, PdfFont font) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(report, font, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    public static void write(MonthlyReport report, PdfFont font, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, report);
            PdfPages pages = new PdfPages(document, font.load(document));
            pages.newPage();
            title(pages, report);
            header(pages, report);
            totals(pages, report);
            factors(pages, report);
            signatures(pages, report);
            pages.finish((page, number, of) -> footer(page, report, number, of));
            document.save(out);
        }
    }

    private static void title(PdfPages pages, MonthlyReport report) throws IOException {
        pages.line(TITLE_ZH, 18, true);
        pages.line(TITLE_EN, 12, false);
        pages.line(report.siteName() + "  " + report.month() + "  v" + report.ledgerVersion(), 11, false);
        if (!report.closed()) {
            pages.paragraph(PdfPages.MARGIN, PdfPages.WIDTH, DRAFT, 11, true, DRAFT_RED);
        }
        pages.space(6);
    }

    private static void header(PdfPages pages, MonthlyReport report) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (ReportHeader.Line line : ReportHeader.about(report)) {
            rows.add(Row.of(line.label().both(), line.value()));
        }
        Table table = new Table(new float[] {150, PdfPages.WIDTH - 150}, new Align[] {Align.LEFT, Align.LEFT},
                List.of("项目 Item", "内容 Value"), SMALL);
        pages.table(table, rows);
        pages.space(10);
    }

    private static void totals(PdfPages pages, MonthlyReport report) throws IOException {
        pages.keep(HEADING_WITH_TABLE);
        pages.line("一、排放汇总 Emission totals", 11, true);
        pages.space(3);
        List<Row> rows = new ArrayList<>();
        Bilingual view = null;
        for (TotalRow total : TotalsTable.of(report)) {
            if (!total.summary()) {
                continue;
            }
            if (!total.view().equals(view)) {
                view = total.view();
                rows.add(Row.section(view.both()));
            }
            rows.add(Row.of(total.item().zh(), total.item().en(), total.unit(), total.value().toPlainString()));
        }
        Table table = new Table(new float[] {160, 200, 55, 80}, new Align[] {Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT},
                List.of("项目", "Item", "单位 Unit", "数值 Value"), BODY);
        pages.table(table, rows);
        pages.space(10);
    }

    private static void factors(PdfPages pages, MonthlyReport report) throws IOException {
        pages.keep(HEADING_WITH_TABLE);
        pages.line("二、所用排放因子 Factors used", 11, true);
        pages.space(3);
        List<Row> rows = new ArrayList<>();
        for (UsedFactor used : report.ledger().factorsUsed()) {
            Factor factor = used.choice().factor();
            rows.add(Row.of(factor.id(), Precision.EXACT.round(factor.value()).toPlainString(), factor.unit().symbol(),
                    Integer.toString(factor.year()), factor.region(), used.role()));
        }
        Table table = new Table(new float[] {120, 52, 62, 40, 48, 173},
                new Align[] {Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT},
                List.of("因子编号 Factor ID", "数值 Value", "单位 Unit", "年份 Year", "地区 Region", "用途 Role"), SMALL);
        pages.table(table, rows);
        pages.space(4);
        pages.paragraph(PdfPages.MARGIN, PdfPages.WIDTH, "发布机构、文件与选用理由见附表3。Issuers, documents and why each factor was chosen: annex 3 (XLSX). "
                + "取整 Rounding: " + ReportHeader.ROUNDING + ".", SMALL, false, Color.DARK_GRAY);
        pages.space(10);
    }

    private static void signatures(PdfPages pages, MonthlyReport report) throws IOException {
        pages.keep(190);
        pages.line("三、核验与签署 Verification and signatures", 11, true);
        pages.space(3);
        for (ReportHeader.Line line : ReportHeader.hashes(report)) {
            pages.line(line.label().both() + ": " + line.value(), BODY, false);
        }
        pages.line("状态 Status: " + ReportHeader.status(report), BODY, false);
        pages.paragraph(PdfPages.MARGIN, PdfPages.WIDTH, "签署人确认本报告所列数据与上述内容哈希所标识的月度碳排放台账一致。"
                + " By signing, the signatories confirm that this report shows the monthly carbon ledger identified by the content hash above.",
                SMALL, false, Color.DARK_GRAY);
        for (Bilingual signatory : SIGNATORIES) {
            pages.space(34);
            float x = PdfPages.MARGIN;
            pages.at(x, pages.y() + 3, signatory.both(), BODY, true);
            x += 150;
            pages.at(x, pages.y() + 3, SIGNATURE.both() + ":", BODY, false);
            float signatureLabel = pages.width(SIGNATURE.both() + ": ", BODY);
            pages.rule(x + signatureLabel, 150);
            x += signatureLabel + 165;
            pages.at(x, pages.y() + 3, DATE.both() + ":", BODY, false);
            float dateLabel = pages.width(DATE.both() + ": ", BODY);
            pages.rule(x + dateLabel, PdfPages.MARGIN + PdfPages.WIDTH - x - dateLabel);
        }
    }

    private static void footer(PdfPages pages, MonthlyReport report, int page, int of) throws IOException {
        String left = report.siteCode() + " " + report.month() + " v" + report.ledgerVersion() + " · SHA-256 " + report.contentHash().substring(0, 16)
                + "…" + (report.closed() ? "" : " · 草稿 DRAFT");
        String right = "第 " + page + " 页 共 " + of + " 页 Page " + page + " of " + of;
        pages.at(PdfPages.MARGIN, 34, left, SMALL, false);
        pages.at(PdfPages.MARGIN + PdfPages.WIDTH - pages.width(right, SMALL), 34, right, SMALL, false);
    }

    /** Title, author, dates and the file identifier, all from the report. */
    private static void describe(PDDocument document, MonthlyReport report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE_ZH + " " + TITLE_EN + " " + report.siteCode() + " " + report.month() + " v" + report.ledgerVersion());
        info.setAuthor(report.organisationName());
        info.setSubject(report.siteName() + " " + report.month());
        info.setKeywords("SHA-256 " + report.contentHash());
        info.setCreator("Wardwatt");
        info.setProducer("Wardwatt");
        Calendar issued = GregorianCalendar.from(report.issuedAt().atZone(MonthlyReport.CHINA));
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        byte[] id = Arrays.copyOf(sha256(report.siteCode() + "|" + report.month() + "|" + report.ledgerVersion() + "|" + report.contentHash()
                + "|" + report.closed()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
