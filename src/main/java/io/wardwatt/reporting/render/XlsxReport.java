package io.wardwatt.reporting.render;

import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.factors.FactorChoice;
import io.wardwatt.carbon.ledger.LedgerEntry;
import io.wardwatt.carbon.ledger.UsedFactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The month's report as an XLSX workbook with the three annex tables (附表): emission totals (with the lines saying
 * whose report and which version it is), activity data, and the factors used. Headers are Chinese and English;
 * figures are numeric cells holding the reported (rounded) value, formatted to show exactly its decimals.
 */
public final class XlsxReport {

    public static final String TOTALS_SHEET = "1 排放汇总 Emission totals";
    public static final String ACTIVITY_SHEET = "2 活动数据 Activity data";
    public static final String FACTORS_SHEET = "3 排放因子 Factors";

    static final List<Bilingual> TOTALS_HEADER = List.of(new Bilingual("口径", "View"), new Bilingual("项目", ""),
            new Bilingual("", "Item"), new Bilingual("单位", "Unit"), new Bilingual("数值", "Value"), new Bilingual("说明", "Note"));
    static final List<Bilingual> ACTIVITY_HEADER = List.of(new Bilingual("序号", "No."), new Bilingual("能源/物料", "Carrier"),
            new Bilingual("代码", "Code"), new Bilingual("数量", "Quantity"), new Bilingual("单位", "Unit"),
            new Bilingual("折算量", "Canonical quantity"), new Bilingual("折算单位", "Canonical unit"), new Bilingual("数据来源", "Source"),
            new Bilingual("来源记录", "Origin"), new Bilingual("所用因子", "Factors applied"), new Bilingual("合规口径排放（tCO2）", "Compliance (tCO2)"),
            new Bilingual("GHG范围", "GHG scope"), new Bilingual("温室气体排放（tCO2e）", "GHG (tCO2e)"), new Bilingual("折标煤（tce）", "Energy (tce)"));
    static final List<Bilingual> FACTORS_HEADER = List.of(new Bilingual("序号", "No."), new Bilingual("因子编号", "Factor ID"),
            new Bilingual("类别", "Category"), new Bilingual("用途", "Role"), new Bilingual("数值", "Value"), new Bilingual("单位", "Unit"),
            new Bilingual("地区", "Region"), new Bilingual("发布机构", "Issuer"), new Bilingual("文件", "Document"),
            new Bilingual("数据年份", "Data year"), new Bilingual("发布日期", "Published"), new Bilingual("选用理由", "Why chosen"));

    private static final String HEADER_FILL = "D9E1F2";

    private XlsxReport() {
    }

    /** The workbook's bytes: the same report always gives the same bytes. */
    public static byte[] render(MonthlyReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Wardwatt", "1.0")) {
            workbook.properties().setTitle("月度碳排放报告 Monthly carbon report " + report.siteCode() + " " + report.month()
                    + " v" + report.ledgerVersion()).setCompany(report.organisationName()).setKeywords(report.contentHash());
            totals(workbook.newWorksheet(TOTALS_SHEET), report);
            activities(workbook.newWorksheet(ACTIVITY_SHEET), report);
            factors(workbook.newWorksheet(FACTORS_SHEET), report);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return RepeatableZip.stamp(bytes.toByteArray(), report.issuedAt());
    }

    public static void write(MonthlyReport report, OutputStream out) throws IOException {
        out.write(render(report));
    }

    private static void totals(Worksheet sheet, MonthlyReport report) {
        title(sheet, "月度碳排放报告 附表1 排放汇总", "Monthly carbon report, annex 1: emission totals");
        int row = 3;
        for (ReportHeader.Line line : ReportHeader.of(report)) {
            sheet.value(row, 0, line.label().zh());
            sheet.value(row, 1, line.label().en());
            if (line.number() != null) {
                number(sheet, row, 2, line.number(), Precision.EXACT);
                sheet.style(row, 2).horizontalAlignment("left").format(Precision.EXACT.excelFormat(line.number())).set();
            } else {
                sheet.value(row, 2, line.value());
            }
            row++;
        }
        row++;
        header(sheet, row, TOTALS_HEADER);
        for (TotalRow total : TotalsTable.of(report)) {
            row++;
            sheet.value(row, 0, total.view().both());
            sheet.value(row, 1, total.item().zh());
            sheet.value(row, 2, total.item().en());
            sheet.value(row, 3, total.unit());
            number(sheet, row, 4, total.value(), total.precision());
            if (total.summary()) {
                sheet.style(row, 1).bold().set();
                sheet.style(row, 2).bold().set();
            }
            sheet.value(row, 5, total.note());
        }
        widths(sheet, 44, 36, 46, 12, 16, 40);
    }

    private static void activities(Worksheet sheet, MonthlyReport report) {
        title(sheet, "月度碳排放报告 附表2 活动数据", "Monthly carbon report, annex 2: activity data");
        int row = 2;
        header(sheet, row, ACTIVITY_HEADER);
        int number = 0;
        for (LedgerEntry entry : report.ledger().entries()) {
            row++;
            number++;
            sheet.value(row, 0, number);
            sheet.value(row, 1, Terms.carrier(entry.activity().carrier()).both());
            sheet.value(row, 2, entry.activity().carrier().code());
            number(sheet, row, 3, entry.activity().quantity(), Precision.EXACT);
            sheet.value(row, 4, entry.activity().unit().symbol());
            number(sheet, row, 5, entry.quantity(), Precision.QUANTITY);
            sheet.value(row, 6, entry.unit().symbol());
            sheet.value(row, 7, Terms.source(entry.activity().source()).both());
            sheet.value(row, 8, entry.activity().origin());
            sheet.value(row, 9, entry.factors().stream().map(Factor::id).collect(Collectors.joining(", ")));
            number(sheet, row, 10, entry.complianceTco2(), Precision.TONNES);
            sheet.value(row, 11, Terms.scope(entry.ghgScope()).both());
            number(sheet, row, 12, entry.ghgTco2e(), Precision.TONNES);
            number(sheet, row, 13, entry.tce(), Precision.TONNES);
        }
        sheet.freezePane(0, 3);
        widths(sheet, 6, 34, 22, 12, 8, 16, 10, 16, 44, 44, 16, 14, 16, 14);
    }

    private static void factors(Worksheet sheet, MonthlyReport report) {
        title(sheet, "月度碳排放报告 附表3 排放因子", "Monthly carbon report, annex 3: emission factors and coefficients used");
        int row = 2;
        header(sheet, row, FACTORS_HEADER);
        int number = 0;
        for (UsedFactor used : report.ledger().factorsUsed()) {
            FactorChoice choice = used.choice();
            Factor factor = choice.factor();
            row++;
            number++;
            sheet.value(row, 0, number);
            sheet.value(row, 1, factor.id());
            sheet.value(row, 2, Terms.category(factor.category()).both());
            sheet.value(row, 3, used.role());
            number(sheet, row, 4, factor.value(), Precision.EXACT);
            sheet.value(row, 5, factor.unit().symbol());
            sheet.value(row, 6, factor.region() + " (" + choice.level() + ")");
            sheet.value(row, 7, factor.source().issuer());
            sheet.value(row, 8, factor.source().document());
            sheet.value(row, 9, factor.year());
            sheet.value(row, 10, factor.source().published());
            sheet.value(row, 11, choice.reason());
        }
        sheet.freezePane(0, 3);
        widths(sheet, 6, 24, 24, 40, 12, 14, 18, 40, 60, 10, 12, 80);
    }

    private static void title(Worksheet sheet, String zh, String en) {
        sheet.value(0, 0, zh);
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, en);
        sheet.style(1, 0).italic().set();
    }

    private static void header(Worksheet sheet, int row, List<Bilingual> columns) {
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(row, column, columns.get(column).both().strip());
            sheet.style(row, column).bold().fillColor(HEADER_FILL).wrapText(true).set();
        }
    }

    /** A numeric cell with the reported value and a format that shows its decimals. */
    private static void number(Worksheet sheet, int row, int column, BigDecimal value, Precision precision) {
        BigDecimal reported = precision.round(value);
        sheet.value(row, column, reported);
        sheet.style(row, column).format(precision.excelFormat(reported)).set();
    }

    private static void widths(Worksheet sheet, double... widths) {
        for (int column = 0; column < widths.length; column++) {
            sheet.width(column, widths[column]);
        }
    }
}
