package io.wardwatt.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font shipped for the PDF, and fonts given instead. */
class PdfFontTest {

    @Test
    void theShippedFontHasEveryCharacterOfGb2312AndLatinAndMayBeEmbedded() throws IOException {
        try (InputStream in = PdfFont.class.getResourceAsStream(PdfFont.BUNDLED);
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<Integer> gb2312 = CjkFontSubset.gb2312();
            assertEquals(7445, gb2312.size(), "6,763 hanzi and 682 symbols");
            for (int codePoint : gb2312) {
                assertTrue(cmap.getGlyphId(codePoint) != 0, "U+" + Integer.toHexString(codePoint));
            }
            for (int codePoint = 0x20; codePoint < 0x7F; codePoint++) {
                assertTrue(cmap.getGlyphId(codePoint) != 0, "U+" + Integer.toHexString(codePoint));
            }
            for (String symbol : List.of("²", "·", "…", "（", "）", "：", "，", "、", "《", "》")) {
                assertTrue(cmap.getGlyphId(symbol.codePointAt(0)) != 0, symbol);
            }
            // OS/2 fsType: neither restricted (bit 1) nor "no subsetting" (bit 8)
            assertEquals(0, font.getOS2Windows().getFsType() & 0x0102);
            assertEquals("WenQuanYiMicroHei", font.getName());
        }
    }

    @Test
    void aTrueTypeFontFileMayReplaceIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("font.ttf");
        try (InputStream in = PdfFont.class.getResourceAsStream(PdfFont.BUNDLED)) {
            Files.write(file, in.readAllBytes());
        }
        PdfFont font = PdfFont.file(file);
        assertEquals(file.toString(), font.description());
        assertTrue(PdfReport.render(DemoMonth.closed(), font).length > 0);
    }

    @Test
    void aFileThatIsNoTrueTypeFontIsAnErrorAtTheFile(@TempDir Path dir) throws IOException {
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font at all");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfFont.file(notAFont));
        assertEquals(notAFont.toString(), e.problems().get(0).where());
        assertTrue(e.getMessage().contains("is not a TrueType font or collection"), e.getMessage());
        Path missing = dir.resolve("missing.ttf");
        e = assertThrows(InvalidInputException.class, () -> PdfFont.file(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot be read"), e.getMessage());
    }
}
