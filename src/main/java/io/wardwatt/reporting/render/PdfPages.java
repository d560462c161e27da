package io.wardwatt.reporting.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages filled from the top: lines of text, wrapped paragraphs and ruled tables, a new page when the next
 * piece does not fit (a table repeats its header). One font throughout; bold is the outline stroked as well as
 * filled, since a CJK font rarely comes with a bold face.
 */
final class PdfPages {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float TOP = A4.getHeight() - MARGIN;
    private static final float BOTTOM = 56;
    private static final float LEADING = 1.35f;
    private static final float PAD = 2.5f;
    private static final Color SHADE = new Color(0xE8, 0xEC, 0xF4);

    enum Align { LEFT, RIGHT }

    /** A table: column widths (adding up to at most {@link #WIDTH}), alignments and header. */
    record Table(float[] widths, Align[] aligns, List<String> header, float size) {
    }

    /** A table row: its cells, or a section title across the whole row. */
    record Row(List<String> cells, String section) {

        static Row of(String... cells) {
            return new Row(List.of(cells), null);
        }

        static Row section(String title) {
            return new Row(List.of(), title);
        }
    }

    private final PDDocument document;
    private final PdfFont.Loaded font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, PdfFont.Loaded font) {
        this.document = document;
        this.font = font;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** One line at the left margin (wrapped if it is longer than the page is wide). */
    void line(String text, float size, boolean bold) throws IOException {
        paragraph(MARGIN, WIDTH, text, size, bold, Color.BLACK);
    }

    void paragraph(float x, float width, String text, float size, boolean bold, Color color) throws IOException {
        List<String> lines = wrap(text, width, size);
        keep(lines.size() * size * LEADING);
        for (String line : lines) {
            y -= size * LEADING;
            show(x, y + size * 0.25f, line, size, bold, color);
        }
    }

    void space(float height) {
        y -= height;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void table(Table table, List<Row> rows) throws IOException {
        keep(rowHeight(table, table.header()) + rowHeight(table, rows.isEmpty() ? table.header() : cellsOf(table, rows.get(0))));
        headerRow(table);
        for (Row row : rows) {
            List<String> cells = cellsOf(table, row);
            float height = rowHeight(table, cells);
            if (y - height < BOTTOM) {
                newPage();
                headerRow(table);
            }
            if (row.section() != null) {
                fill(MARGIN, y - height, total(table.widths()), height);
                drawRow(table, List.of(row.section()), new float[] {total(table.widths())}, new Align[] {Align.LEFT}, true, height);
            } else {
                drawRow(table, cells, table.widths(), table.aligns(), false, height);
            }
            y -= height;
        }
    }

    /** A line to sign on, from x for the given length, at the current height. */
    void rule(float x, float length) throws IOException {
        stream.setLineWidth(0.6f);
        stream.moveTo(x, y);
        stream.lineTo(x + length, y);
        stream.stroke();
    }

    /** Text at a given place, not moving the current height. */
    void at(float x, float baseline, String text, float size, boolean bold) throws IOException {
        show(x, baseline, text, size, bold, Color.BLACK);
    }

    float y() {
        return y;
    }

    float width(String text, float size) throws IOException {
        font.require(text);
        return font.font().getStringWidth(text) / 1000 * size;
    }

    /** Ends the last page; {@code footer} then draws on every page, knowing how many there are. */
    void finish(Footer footer) throws IOException {
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            stream = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true);
            footer.draw(this, i + 1, pages.size());
            closeStream();
        }
    }

    /** Draws a page's footer. */
    interface Footer {
        void draw(PdfPages pages, int page, int of) throws IOException;
    }

    private void headerRow(Table table) throws IOException {
        float height = rowHeight(table, table.header());
        fill(MARGIN, y - height, total(table.widths()), height);
        drawRow(table, table.header(), table.widths(), alignLeft(table.widths().length), true, height);
        y -= height;
    }

    private void drawRow(Table table, List<String> cells, float[] widths, Align[] aligns, boolean bold, float height) throws IOException {
        float x = MARGIN;
        stream.setLineWidth(0.4f);
        for (int column = 0; column < widths.length; column++) {
            stream.addRect(x, y - height, widths[column], height);
            stream.stroke();
            float baseline = y - PAD - table.size();
            for (String line : wrap(cells.get(column), widths[column] - 2 * PAD, table.size())) {
                float left = aligns[column] == Align.RIGHT ? x + widths[column] - PAD - width(line, table.size()) : x + PAD;
                show(left, baseline, line, table.size(), bold, Color.BLACK);
                baseline -= table.size() * LEADING;
            }
            x += widths[column];
        }
    }

    private float rowHeight(Table table, List<String> cells) throws IOException {
        int lines = 1;
        float[] widths = cells.size() == 1 ? new float[] {total(table.widths())} : table.widths();
        for (int column = 0; column < cells.size(); column++) {
            lines = Math.max(lines, wrap(cells.get(column), widths[column] - 2 * PAD, table.size()).size());
        }
        return lines * table.size() * LEADING + 2 * PAD - (LEADING - 1) * table.size() + 1;
    }

    private static List<String> cellsOf(Table table, Row row) {
        return row.section() != null ? List.of(row.section()) : row.cells();
    }

    private void fill(float x, float bottom, float width, float height) throws IOException {
        stream.setNonStrokingColor(SHADE);
        stream.addRect(x, bottom, width, height);
        stream.fill();
        stream.setNonStrokingColor(Color.BLACK);
    }

    private void show(float x, float baseline, String text, float size, boolean bold, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        font.require(text);
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.setNonStrokingColor(color);
        if (bold) {
            stream.setStrokingColor(color);
            stream.setLineWidth(size * 0.035f);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
        stream.setNonStrokingColor(Color.BLACK);
        stream.setStrokingColor(Color.BLACK);
    }

    /**
     * Lines no wider than {@code width}: broken at the last space where there is one (English, codes), else
     * between any two characters (Chinese has no spaces). Control characters become spaces.
     */
    List<String> wrap(String text, float width, float size) throws IOException {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        font.require(clean);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int space = -1;
        for (int i = 0; i < clean.length(); ) {
            int codePoint = clean.codePointAt(i);
            int before = line.length();
            line.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
            if (width(line.toString(), size) > width && before > 0) {
                String rest;
                if (codePoint == ' ') {
                    line.setLength(before);
                    rest = "";
                } else if (space > 0) {
                    rest = line.substring(space + 1);
                    line.setLength(space);
                } else {
                    rest = line.substring(before);
                    line.setLength(before);
                }
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(rest);
                space = rest.lastIndexOf(' ');
            } else if (codePoint == ' ') {
                space = before;
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private static Align[] alignLeft(int columns) {
        Align[] aligns = new Align[columns];
        java.util.Arrays.fill(aligns, Align.LEFT);
        return aligns;
    }

    private static float total(float[] widths) {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        return total;
    }
}
