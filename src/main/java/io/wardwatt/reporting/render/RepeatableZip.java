package io.wardwatt.reporting.render;

import com.github.rzymek.opczip.OpcOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes an XLSX repeatable: fastexcel stamps the document's creation date ({@code docProps/core.xml}) with the
 * clock. This copies the package entry by entry, in order, with the report's time there instead, so the same
 * report gives the same bytes (and the same hash) whenever it is rendered. It writes with opczip, the zip layer
 * fastexcel itself uses, which records no entry times: nothing else in the package depends on the clock.
 * The package is read through a temporary file because {@link ZipFile}, which reads the central directory, is
 * the only JDK reader of opczip's Zip64 data descriptors ({@code ZipInputStream} misreads them).
 */
final class RepeatableZip {

    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private RepeatableZip() {
    }

    static byte[] stamp(byte[] zip, Instant time) {
        ByteArrayOutputStream stamped = new ByteArrayOutputStream(zip.length + 1024);
        Path file = null;
        try {
            file = Files.createTempFile("wardwatt-report-", ".xlsx");
            Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile()); OpcOutputStream out = new OpcOutputStream(stamped)) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    byte[] content;
                    try (InputStream entryContent = in.getInputStream(entry)) {
                        content = entryContent.readAllBytes();
                    }
                    if (entry.getName().equals(CORE_PROPERTIES)) {
                        content = created(new String(content, StandardCharsets.UTF_8), time).getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-stamp the XLSX through a temporary file", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind harms nothing
                }
            }
        }
        return stamped.toByteArray();
    }

    private static String created(String coreXml, Instant time) {
        String iso = DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
        Matcher matcher = CREATED.matcher(coreXml);
        if (!matcher.find()) {
            throw new IllegalStateException("fastexcel's docProps/core.xml has no dcterms:created: " + coreXml);
        }
        return matcher.replaceFirst("$1" + Matcher.quoteReplacement(iso) + "$2");
    }
}
