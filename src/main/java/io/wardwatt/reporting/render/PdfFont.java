package io.wardwatt.reporting.render;

import io.wardwatt.input.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font the PDF is set in, embedded as a subset of the characters used. By default the one shipped with the
 * application (WenQuanYi Micro Hei cut down to GB 2312, Latin and punctuation: {@code fonts/README.md}), so the
 * render does not depend on the machine's fonts; any TrueType font or collection with Chinese can replace it,
 * e.g. for a name with a character outside GB 2312. PDFBox embeds TrueType outlines only: CFF-based OpenType
 * fonts (Noto Sans CJK, Source Han Sans as .otf/.otc) are refused.
 */
public final class PdfFont {

    static final String BUNDLED = "fonts/WenQuanYiMicroHei-GB2312.ttf";
    private static final AtomicReference<PdfFont> SHIPPED = new AtomicReference<>();

    private final String description;
    private final byte[] bytes;

    private PdfFont(String description, byte[] bytes) {
        this.description = description;
        this.bytes = bytes;
    }

    /** The font shipped in the application. */
    public static PdfFont bundled() {
        return SHIPPED.updateAndGet(font -> font != null ? font : read(BUNDLED));
    }

    /**
     * A TrueType font (.ttf) or collection (.ttc, its first font) from a file.
     *
     * @throws InvalidInputException at the file: unreadable, not a TrueType font, or without TrueType outlines
     */
    public static PdfFont file(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidInputException(path.toString(), "cannot be read: " + e.getMessage());
        }
        PdfFont font = new PdfFont(path.toString(), bytes);
        try {
            TrueTypeFont parsed = font.parse();
            if (!parsed.getTableMap().containsKey("glyf")) {
                throw new InvalidInputException(path.toString(), "has no TrueType outlines (glyf table), probably CFF outlines (.otf/.otc):"
                        + " PDFBox embeds TrueType fonts only; give a .ttf or .ttc");
            }
            parsed.close();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(path.toString(), "is not a TrueType font or collection: " + e.getMessage());
        }
        return font;
    }

    /** Where it comes from, for messages. */
    public String description() {
        return description;
    }

    /** The font loaded into a document being written, with its character map for checking text against it (also the goals' page). */
    public Loaded load(PDDocument document) throws IOException {
        TrueTypeFont font = parse();
        document.registerTrueTypeFontForClosing(font);
        return new Loaded(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup(), description + " (" + font.getName() + ")");
    }

    /** A font in a document: {@link #require} before any text is measured or shown. */
    public record Loaded(PDType0Font font, CmapLookup characters, String name) {

        /**
         * @throws InvalidInputException naming the character and the text it is in, when the font lacks a glyph for it
         */
        public void require(String text) {
            text.codePoints().filter(codePoint -> characters.getGlyphId(codePoint) == 0).findFirst().ifPresent(codePoint -> {
                throw new InvalidInputException("PDF font", "character '" + Character.toString(codePoint) + "' (U+"
                        + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + ") in \"" + text + "\" is not in " + name
                        + ": give a TrueType font that has it (ledger compute --pdf-font FILE)");
            });
        }
    }

    private TrueTypeFont parse() throws IOException {
        if (bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            // the collection's fonts read from its buffer, in memory: it need not be closed
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            if (first.get() == null) {
                throw new IOException("the collection holds no font");
            }
            return first.get();
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static PdfFont read(String resource) {
        try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped font " + resource + " is missing from the application");
            }
            return new PdfFont("the shipped font " + BUNDLED, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
