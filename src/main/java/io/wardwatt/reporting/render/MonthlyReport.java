package io.wardwatt.reporting.render;

import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a month's report shows besides the ledger: who reports (organisation, credit code), for which site and floor
 * area, and which version of the ledger it is: its content hash, the previous month's hash it is chained to, and
 * when and by whom the month was closed. It checks itself, every problem at once, so a renderer never meets a
 * half-filled report.
 *
 * @param floorAreaM2  gross floor area in m², more than 0 (the denominator of the per-area figures)
 * @param ledgerVersion 1 for the month's first close, one more for each restatement
 * @param contentHash  hex SHA-256 of the ledger's content, as the closed ledger holds it
 * @param previousHash the previous month's content hash the chain links to; null for the site's first month
 * @param closedAt     when the month was closed; null with {@code closedBy} for a draft (not closed, not for signature)
 */
public record MonthlyReport(String siteCode, String siteName, String organisationName, UnifiedSocialCreditCode creditCode,
        BigDecimal floorAreaM2, YearMonth month, int ledgerVersion, String contentHash, String previousHash, Instant closedAt,
        String closedBy, MonthlyLedger ledger) {

    /** Dates and times on reports are Beijing time, as the site's energy office reads them. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** @throws InvalidInputException with every problem, each at its field's name */
    public MonthlyReport {
        List<InputProblem> problems = new ArrayList<>();
        required(problems, "siteCode", siteCode);
        required(problems, "siteName", siteName);
        required(problems, "organisationName", organisationName);
        if (creditCode == null) {
            problems.add(new InputProblem("creditCode", "is required: the organisation's unified social credit code"));
        }
        if (floorAreaM2 == null || floorAreaM2.signum() <= 0) {
            problems.add(new InputProblem("floorAreaM2", "is " + (floorAreaM2 == null ? "missing" : floorAreaM2.toPlainString())
                    + ": the gross floor area in m², more than 0"));
        }
        if (ledger == null) {
            problems.add(new InputProblem("ledger", "is required"));
        } else if (!ledger.month().equals(month)) {
            problems.add(new InputProblem("month", "is " + month + " but the ledger is of " + ledger.month()));
        }
        if (ledgerVersion < 1) {
            problems.add(new InputProblem("ledgerVersion", "is " + ledgerVersion + ": versions count from 1"));
        }
        if (contentHash == null || !SHA256.matcher(contentHash).matches()) {
            problems.add(new InputProblem("contentHash", "'" + contentHash + "' is not a SHA-256 in lower-case hex (64 characters)"));
        }
        if (previousHash != null && !SHA256.matcher(previousHash).matches()) {
            problems.add(new InputProblem("previousHash", "'" + previousHash + "' is not a SHA-256 in lower-case hex (64 characters);"
                    + " leave it out for the site's first month"));
        }
        if ((closedAt == null) != (closedBy == null || closedBy.isBlank())) {
            problems.add(new InputProblem(closedAt == null ? "closedAt" : "closedBy", "a closed month has both closedAt and closedBy;"
                    + " a draft has neither"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        siteCode = siteCode.strip();
        siteName = siteName.strip();
        organisationName = organisationName.strip();
        closedBy = closedBy == null ? null : closedBy.strip();
    }

    /**
     * A report of a ledger that is computed but not closed (as {@code ledger compute} makes one): version 1, no
     * previous hash, its content hash the SHA-256 of the ledger's JSON.
     */
    public static MonthlyReport draft(String siteCode, String siteName, String organisationName, UnifiedSocialCreditCode creditCode,
            BigDecimal floorAreaM2, MonthlyLedger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        return new MonthlyReport(siteCode, siteName, organisationName, creditCode, floorAreaM2, ledger.month(), 1,
                sha256(LedgerJson.write(ledger)), null, null, null, ledger);
    }

    /** Closed, so it can be signed; a draft is marked as one on every page. */
    public boolean closed() {
        return closedAt != null;
    }

    /**
     * The moment the renders carry as their creation date: the close, or for a draft the start of the calculation
     * day in Beijing. Never the clock, so that the same report renders to the same bytes.
     */
    public Instant issuedAt() {
        return closed() ? closedAt : ledger.asOf().atStartOfDay(CHINA).toInstant();
    }

    private static void required(List<InputProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new InputProblem(field, "is required"));
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
