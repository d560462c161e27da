package io.wardwatt.reporting.runtime;

import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.ClosedLedgers;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.reporting.LedgerPayload;
import io.wardwatt.reporting.PlatformReport;
import io.wardwatt.reporting.render.MonthlyReport;
import io.wardwatt.reporting.render.PdfFont;
import io.wardwatt.reporting.render.PdfReport;
import io.wardwatt.reporting.render.UnifiedSocialCreditCode;
import io.wardwatt.reporting.render.XlsxReport;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report of a closed month for people to download: the platform payload exactly as the outbox holds it, or the
 * XLSX annex and the PDF for signatures rendered from the stored version. Nothing is read from today's meters: the
 * renders take the ledger computed again from the activities the version stored, with its recorded factor set and
 * calculation day, and only when that gives the stored ledger text, so a signed report shows the figures its hash
 * covers. The same version always gives the same bytes.
 */
@ApplicationScoped
public class ReportDownloads {

    /** What can be downloaded, by file extension. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("application/pdf"),
        JSON("application/json");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String mediaType() {
            return mediaType;
        }

        /** @throws InvalidInputException at {@code field} for anything but xlsx, pdf or json */
        public static Format parse(String text, String field) {
            return Arrays.stream(values()).filter(format -> format.extension().equals(text)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(field, "'" + text + "' is not a report format: "
                            + Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", "))));
        }
    }

    /** A rendered report and the name it is saved under, e.g. {@code HOSP-2026-09-v1.pdf}. */
    public record ReportFile(String fileName, Format format, int version, String contentHash, byte[] content) {
    }

    @Inject
    ClosedLedgers ledgers;

    @Inject
    Reporters reporters;

    /**
     * @param version null for the latest
     * @throws UnknownEntityException for an unknown site, a month that is not closed, a version not stored
     * @throws StateConflictException when the stored version no longer computes to its stored text, or the report cannot
     *                                be made from the configuration (organisation, its credit code) and the site model
     */
    public ReportFile download(String siteCode, YearMonth month, Integer version, Format format) {
        Site site = reporters.site(siteCode);
        ClosedLedger ledger = closed(site.code(), month, version);
        LedgerPayload.Reporter reporter = reporters.of(site);
        byte[] content = switch (format) {
            case JSON -> payload(ledger, reporter).getBytes(StandardCharsets.UTF_8);
            case XLSX -> render(ledger, () -> XlsxReport.render(report(site, ledger, reporter)));
            case PDF -> render(ledger, () -> PdfReport.render(report(site, ledger, reporter), PdfFont.bundled()));
        };
        return new ReportFile(ledger.site() + "-" + ledger.month() + "-v" + ledger.version() + "." + format.extension(), format,
                ledger.version(), ledger.contentHash(), content);
    }

    private ClosedLedger closed(String site, YearMonth month, Integer version) {
        Optional<ClosedLedger> found = version == null ? ledgers.latest(site, month) : ledgers.version(site, month, version);
        if (found.isPresent()) {
            return found.get();
        }
        int versions = ledgers.versions(site, month).size();
        throw new UnknownEntityException("closed ledger", site + " " + month + (versions == 0
                ? ": the month is not closed, and only a closed month has a report (GET /api/sites/" + site + "/carbon/ledgers/" + month
                        + "/preview shows it as it stands)"
                : " version " + version + ": the month has version" + (versions == 1 ? " 1" : "s 1 to " + versions)));
    }

    /** The platform payload as the outbox stores it: checked against the schema, its idempotency key filled in. */
    private static String payload(ClosedLedger ledger, LedgerPayload.Reporter reporter) {
        try {
            return PlatformReport.read(LedgerPayload.of(ledger, reporter)).json();
        } catch (InvalidInputException e) {
            throw new StateConflictException("the platform payload of " + key(ledger) + " does not pass the platform schema: " + e.getMessage());
        }
    }

    /** Who reports and which version, the ledger computed again from what the version stored. */
    private MonthlyReport report(Site site, ClosedLedger ledger, LedgerPayload.Reporter reporter) {
        MonthlyLedger recomputed = ledgers.recompute(ledger.site(), ledger.month(), ledger.version())
                .orElseThrow(() -> new IllegalStateException(key(ledger) + " was read and is gone: stored ledgers are never deleted"));
        if (!LedgerJson.write(recomputed).equals(ledger.ledgerJson())) {
            throw new StateConflictException(key(ledger) + ": the stored ledger no longer recomputes: run verify (GET /api/sites/"
                    + ledger.site() + "/carbon/ledgers/" + ledger.month() + "/verify?version=" + ledger.version() + ")");
        }
        return new MonthlyReport(ledger.site(), site.name(), reporter.organisationName(), new UnifiedSocialCreditCode(
                reporter.unifiedSocialCreditCode()), BigDecimal.valueOf(site.floorAreaM2()), ledger.month(), ledger.version(),
                ledger.contentHash(), ledger.previousHash(), ledger.closedAt(), ledger.closedBy(), recomputed);
    }

    /**
     * A render's bad input is not the request's: the organisation, the site's name or the font cannot make this report
     * (a credit code with a wrong check character, a character the font lacks), which a 409 says with the reason.
     */
    private static byte[] render(ClosedLedger ledger, java.util.function.Supplier<byte[]> render) {
        try {
            return render.get();
        } catch (InvalidInputException e) {
            throw new StateConflictException("the report of " + key(ledger) + " cannot be rendered: " + e.getMessage());
        }
    }

    private static String key(ClosedLedger ledger) {
        return ledger.site() + " " + ledger.month() + " v" + ledger.version();
    }
}
