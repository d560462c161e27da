package io.wardwatt.goals.report;

import io.wardwatt.goals.Headline;
import io.wardwatt.goals.PlantSavingsLine;
import io.wardwatt.goals.ProgressReport;
import io.wardwatt.goals.ProgressReport.ModelSummary;
import io.wardwatt.goals.ProgressReport.MonthProgress;
import io.wardwatt.reporting.render.PdfFont;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;

/**
 * The monthly one-page report for the hospital's leadership: one A4 page, labels in Chinese and English, the month's
 * headline figures, year to date against each target, a bar chart of the year's months against the baseline, and the
 * baseline model's Guideline 14 statistics. Set in the reporting PDF's font ({@link PdfFont}, GB 2312 subset), so
 * every label stays within its characters (m2 rather than m², plain hyphens).
 */
public final class LeadershipPage {

    private static final float MARGIN = 50;
    private static final Color ACTUAL = new Color(0x2E, 0x6F, 0xB5);
    private static final Color BASELINE = new Color(0xB8, 0xC2, 0xCE);

    private final ProgressReport report;
    private final YearMonth month;
    private final PlantSavingsLine plant;
    private Headline headline;
    private PDPageContentStream out;
    private PdfFont.Loaded font;
    private float y;

    private LeadershipPage(ProgressReport report, YearMonth month, PlantSavingsLine plant) {
        this.report = report;
        this.month = month;
        this.plant = plant;
    }

    /** The page as PDF bytes; the month must be one of the report's year. */
    public static byte[] render(ProgressReport report, YearMonth month, PdfFont pdfFont) {
        return render(report, month, pdfFont, null);
    }

    /** The page with the plant optimisation's measured savings of the month under the headline (none when null). */
    public static byte[] render(ProgressReport report, YearMonth month, PdfFont pdfFont, PlantSavingsLine plant) {
        return render(report, null, month, pdfFont, plant);
    }

    /**
     * The page with the year-to-date targets, carbon, PV and standby of the headline as it stood at the month's end (the
     * leadership page's figures); without a headline the targets come from the progress.
     */
    public static byte[] render(ProgressReport report, Headline headline, YearMonth month, PdfFont pdfFont, PlantSavingsLine plant) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            LeadershipPage page = new LeadershipPage(report, month, plant);
            page.headline = headline;
            page.font = pdfFont.load(document);
            PDPage a4 = new PDPage(PDRectangle.A4);
            document.addPage(a4);
            document.getDocumentInformation().setTitle("节能目标月报 Saving goals " + report.site() + " " + month);
            document.getDocumentCatalog().setMarkInfo(new PDMarkInfo());
            try (PDPageContentStream stream = new PDPageContentStream(document, a4)) {
                page.out = stream;
                page.draw();
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw() throws IOException {
        y = PDRectangle.A4.getHeight() - MARGIN;
        text(MARGIN, y, "节能目标月报  Saving goals: monthly report", 17);
        y -= 22;
        text(MARGIN, y, "站点 Site " + report.site() + "    月份 Month " + month + "    基准年 Baseline year " + report.baselineYear(), 11);
        y -= 30;
        MonthProgress row = report.months().stream().filter(m -> m.month().equals(month.toString())).findFirst().orElse(null);
        headline(row);
        if (plant != null) {
            y -= 4;
            wrapped(plant.text(), 10);
        }
        y -= 14;
        targets();
        y -= 20;
        chart();
        y -= 16;
        model();
    }

    private void headline(MonthProgress m) throws IOException {
        text(MARGIN, y, "本月 This month", 13);
        y -= 18;
        if (m == null) {
            text(MARGIN, y, "本月无计量数据 No metered consumption for this month", 10);
            y -= 14;
            return;
        }
        boolean normalised = "regression".equals(m.method());
        line("综合能耗 Energy", num(m.tce(), 1) + " tce");
        line("基准年同月 Baseline year, same month", num(m.baselineTce(), 1) + " tce");
        if (normalised) {
            line("气候与门诊量修正基准 Normalised baseline (weather, visits)", num(m.normalisedBaselineTce(), 1) + " tce");
        }
        line("节能量 Saving" + (normalised ? " (修正 normalised)" : " (同比 year-on-year)"), num(m.savingTce(), 1) + " tce   ("
                + num(m.savingPct(), 1) + " %)" + (m.uncertainty68Tce() == null ? "" : "   +/- " + num(m.uncertainty68Tce(), 1)
                + " tce (68 %), +/- " + num(m.uncertainty90Tce(), 1) + " tce (90 %)"));
        line("电 Electricity / 天然气 Natural gas / 蒸汽 Steam", num(m.electricityKwh(), 0) + " kWh / " + num(m.naturalGasM3(), 0) + " m3 / "
                + num(m.steamT(), 1) + " t");
        line("单位面积能耗 Energy per m2", num(m.kgcePerM2(), 3) + " kgce/m2 (基准 baseline " + num(m.baselineKgcePerM2(), 3) + ")");
        line("每门诊人次 Per outpatient visit", num(m.kgcePerVisit(), 3) + " kgce (基准 baseline " + num(m.baselineKgcePerVisit(), 3) + ")");
        line("每床日 Per bed-day", num(m.kgcePerBedDay(), 2) + " kgce (基准 baseline " + num(m.baselineKgcePerBedDay(), 2) + ")");
    }

    private void targets() throws IOException {
        String through = headline != null && headline.through() != null ? headline.through() : month.toString();
        text(MARGIN, y, "年度目标进度（截至 " + through + "） Targets, year to date through " + through, 13);
        y -= 18;
        float[] columns = {MARGIN, MARGIN + 170, MARGIN + 222, MARGIN + 322, MARGIN + 415};
        float right = PDRectangle.A4.getWidth() - MARGIN;
        row(columns, right, 9.5f, "指标 Target", "目标 Target", "年初至今 Year to date", "依据 Basis", "状态 Status");
        List<String[]> rows = new java.util.ArrayList<>();
        if (headline != null) {
            for (Headline.TargetLine t : headline.targets()) {
                rows.add(new String[] {TargetNames.of(t.metric()), "-" + num(t.targetPct(), 1) + " %", change(t.changePct(), t.uncertainty68Pct()),
                    TargetNames.basis(t.basis()), TargetNames.status(t.status())});
            }
        } else {
            for (ProgressReport.TargetProgress t : report.targets()) {
                rows.add(new String[] {TargetNames.of(t.metric()), "-" + num(t.targetPct(), 1) + " %",
                    change(t.savingPct() == null ? null : -t.savingPct(), t.uncertainty68Pct()), TargetNames.basis(t.basis()),
                    TargetNames.status(t.status())});
            }
        }
        for (String[] cells : rows) {
            row(columns, right, 9.5f, cells);
        }
        wrapped("年初至今为能耗变化（负值为节能），+/- 为 ASHRAE Guideline 14 节能量不确定度（68 %）。 Year to date: the change in energy "
                + "(negative: saved) against the " + report.baselineYear() + " baseline, +/- the Guideline 14 savings uncertainty at 68 %.", 8);
        if (headline != null) {
            y -= 4;
            for (String line : headlineLines()) {
                wrapped(line, 9.5f);
            }
        }
    }

    /** Carbon, PV and standby of the headline, one sentence each, Chinese then English. */
    private List<String> headlineLines() {
        List<String> lines = new java.util.ArrayList<>();
        Headline.CarbonLine c = headline.carbon();
        if (c.tco2e() != null) {
            lines.add("碳排放 Carbon " + num(c.tco2e(), 1) + " tCO2e (" + c.months().size() + " 个月 months), 去年同期 same months last year "
                    + num(c.previousYearTco2e(), 1) + " tCO2e" + (c.changePct() == null ? "" : ", " + signed(c.changePct()) + " %"));
        }
        Headline.GenerationLine pv = headline.pv();
        if (pv.kwh() != null) {
            lines.add("光伏发电 PV generation, year to date: " + num(pv.kwh() / 1000, 1) + " MWh");
        }
        Headline.StandbyLine standby = headline.standby();
        lines.add("待机浪费 Standby energy wasted, year to date: " + num(standby.wastedKwh(), 0) + " kWh (" + standby.alerts() + " 条告警 alerts, "
                + standby.devices() + " 台设备 devices)");
        return lines;
    }

    private static String change(Double changePct, Double uncertainty) {
        if (changePct == null) {
            return "-";
        }
        return signed(changePct) + " %" + (uncertainty == null ? "" : " +/- " + num(uncertainty, 1) + " %");
    }

    private static String signed(Double v) {
        return v == null ? "-" : (v > 0 ? "+" : "") + num(v, 1);
    }

    /** One table row, each cell wrapped within its column; the row is as tall as its tallest cell. */
    private void row(float[] columns, float right, float size, String... cells) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            float width = (i + 1 < columns.length ? columns[i + 1] : right) - columns[i] - 6;
            List<String> wrappedCell = wrap(cells[i], size, width);
            for (int l = 0; l < wrappedCell.size(); l++) {
                text(columns[i], y - l * size * 1.3f, wrappedCell.get(l), size);
            }
            lines = Math.max(lines, wrappedCell.size());
        }
        y -= lines * size * 1.3f + 3;
    }

    /** Twelve pairs of bars: the month's baseline (normalised where the model holds) and its actual tce. */
    private void chart() throws IOException {
        text(MARGIN, y, "逐月能耗 Energy by month, tce (" + report.year() + ")", 13);
        float legend = MARGIN + 300;
        box(legend, y - 1, 8, 8, BASELINE);
        text(legend + 12, y, "基准 Baseline", 9);
        box(legend + 90, y - 1, 8, 8, ACTUAL);
        text(legend + 102, y, "实际 Actual", 9);
        float height = 170;
        float bottom = y - 12 - height;
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        double max = 0;
        for (MonthProgress m : report.months()) {
            if (!YearMonth.parse(m.month()).isAfter(month)) {
                max = Math.max(max, Math.max(value(m.tce()), value(reference(m))));
            }
        }
        max = max <= 0 ? 1 : max * 1.1;
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, bottom);
        out.lineTo(MARGIN + width, bottom);
        out.stroke();
        text(MARGIN, bottom + height + 2, num(max, 0) + " tce", 8);
        float slot = width / 12;
        for (int i = 1; i <= 12; i++) {
            String label = YearMonth.of(report.year(), i).toString();
            MonthProgress m = report.months().stream().filter(r -> r.month().equals(label)).findFirst().orElse(null);
            float x = MARGIN + (i - 1) * slot + slot * 0.15f;
            float bar = slot * 0.33f;
            if (m != null && !YearMonth.of(report.year(), i).isAfter(month)) {
                box(x, bottom, bar, (float) (value(reference(m)) / max * height), BASELINE);
                box(x + bar, bottom, bar, (float) (value(m.tce()) / max * height), ACTUAL);
            }
            text(x + bar * 0.4f, bottom - 11, i + "月", 8);
        }
        y = bottom - 20;
    }

    private void model() throws IOException {
        ModelSummary total = report.models().get(0);
        text(MARGIN, y, "基准模型 Baseline model (ASHRAE Guideline 14)", 11);
        y -= 14;
        String stats = total.n() == null ? total.reason()
                : String.format(Locale.ROOT, "tce = %.3f + %.4f x CDD + %.4f x HDD + %.6f x visits;  n = %d, p = %d, R2 = %.3f, CV(RMSE) = %.1f %%, NMBE = %.2f %%",
                        total.intercept(), total.perCdd(), total.perHdd(), total.perVisit(), total.n(), total.p(), total.r2(), total.cvRmsePct(),
                        total.nmbePct());
        for (String part : List.of(stats, total.n() == null ? "" : total.reason(), "度日基准 Degree-day base " + num(report.baseTemperatureC(), 1)
                + " C;  折标系数 Coefficients " + report.coefficients())) {
            if (!part.isEmpty()) {
                wrapped(part, 8);
            }
        }
    }

    /** A label and its value, the value wrapped within the right margin. */
    private void line(String label, String value) throws IOException {
        text(MARGIN, y, label, 10);
        List<String> lines = wrap(value, 10, PDRectangle.A4.getWidth() - MARGIN - (MARGIN + 290));
        for (String part : lines) {
            text(MARGIN + 290, y, part, 10);
            y -= 14;
        }
    }

    private void wrapped(String text, float size) throws IOException {
        for (String line : wrap(text, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
            text(MARGIN, y, line, size);
            y -= size * 1.4f;
        }
    }

    /** Lines within the width: broken at spaces, and inside a word (Chinese has no spaces) when one word is too wide. */
    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        String current = "";
        for (String word : text.split(" ")) {
            String next = current.isEmpty() ? word : current + " " + word;
            if (width(next, size) <= width) {
                current = next;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            current = word;
            while (width(current, size) > width && current.length() > 1) {
                int cut = current.length() - 1;
                while (cut > 1 && width(current.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(current.substring(0, cut));
                current = current.substring(cut);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private float width(String text, float size) throws IOException {
        font.require(text);
        return font.font().getStringWidth(text) / 1000 * size;
    }

    private void text(float x, float baseline, String text, float size) throws IOException {
        font.require(text);
        out.beginText();
        out.setFont(font.font(), size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void box(float x, float bottom, float w, float h, Color color) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, bottom, w, h);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
    }

    private static Double reference(MonthProgress m) {
        return m.normalisedBaselineTce() != null ? m.normalisedBaselineTce() : m.baselineTce();
    }

    private static double value(Double v) {
        return v == null ? 0 : Math.max(0, v);
    }

    private static String num(Double v, int decimals) {
        return v == null ? "-" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
