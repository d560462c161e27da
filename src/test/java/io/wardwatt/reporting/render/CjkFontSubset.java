package io.wardwatt.reporting.render;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Makes the PDF font shipped in {@code src/main/resources/io/wardwatt/reporting/render/fonts/}: WenQuanYi Micro Hei
 * (TrueType outlines, Apache-2.0) cut down to GB 2312, Latin and the punctuation a report needs, 1.4 MB instead of
 * the collection's 5 MB. A tool, not a test: run it again only to change the character set (fonts/README.md).
 *
 * <pre>
 * apt-get download fonts-wqy-microhei &amp;&amp; dpkg-deb -x fonts-wqy-microhei_*.deb wqy
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:$(cat target/cp.txt) io.wardwatt.reporting.render.CjkFontSubset \
 *     wqy/usr/share/fonts/truetype/wqy/wqy-microhei.ttc src/main/resources/io/wardwatt/reporting/render/fonts/WenQuanYiMicroHei-GB2312.ttf
 * </pre>
 */
public final class CjkFontSubset {

    /** Latin, general punctuation, super- and subscripts (CO₂, m²), CJK punctuation, compatibility units (㎡), full width forms. */
    static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x2000, 0x206F}, {0x2070, 0x209F}, {0x3000, 0x303F}, {0x3300, 0x33FF},
        {0xFF00, 0xFFEF}};

    /**
     * The tables kept: outlines, metrics, names, hinting. Not GSUB, GPOS, GDEF or vertical metrics: copied as they
     * are they would still point at the glyph numbers of the whole collection.
     */
    static final List<String> TABLES = List.of("head", "hhea", "maxp", "name", "OS/2", "glyf", "loca", "cmap", "hmtx", "post", "cvt ", "fpgm",
            "prep", "gasp");

    private CjkFontSubset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CjkFontSubset wqy-microhei.ttc OUT.ttf");
            System.exit(2);
        }
        try (TrueTypeCollection collection = new TrueTypeCollection(new File(args[0]))) {
            TrueTypeFont font = collection.getFontByName("WenQuanYiMicroHei");
            CmapLookup cmap = font.getUnicodeCmapLookup();
            TTFSubsetter subset = new TTFSubsetter(font, TABLES);
            int kept = 0;
            for (int codePoint : codePoints()) {
                if (cmap.getGlyphId(codePoint) != 0) {
                    subset.add(codePoint);
                    kept++;
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                subset.writeToStream(out);
            }
            System.out.println(kept + " characters, " + Files.size(Path.of(args[1])) + " bytes: " + args[1]);
        }
    }

    /** The ranges above, then every character of GB 2312 (the 6,763 hanzi of levels 1 and 2 and its 682 symbols). */
    static List<Integer> codePoints() {
        List<Integer> codePoints = new ArrayList<>();
        for (int[] range : RANGES) {
            for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                codePoints.add(codePoint);
            }
        }
        codePoints.addAll(gb2312());
        return codePoints;
    }

    /** Every character GB 2312 encodes, by decoding each of its two-byte codes (rows 0xA1-0xF7, cells 0xA1-0xFE). */
    static List<Integer> gb2312() {
        Charset gb2312 = Charset.forName("GB2312");
        List<Integer> characters = new ArrayList<>();
        for (int row = 0xA1; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String decoded = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
                if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
                    characters.add((int) decoded.charAt(0));
                }
            }
        }
        return characters;
    }
}
