package io.wardwatt.carbon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A version of a site's closed monthly ledger, as stored: never changed once written. Version 1 is the close; later
 * versions are restatements (newer factors), each with the difference to the version it restates.
 *
 * @param ledgerJson      the ledger as {@code LedgerJson} wrote it: the exact text the hash covers
 * @param activitiesJson  what went in: each activity with its origin (the meters and their monthly consumption, or the
 *                        entry), and notes (a configured meter the site does not have)
 * @param previousHash    the content hash of the ledger this one is chained to (the latest version of the month before,
 *                        when this version was written); null for the first month of the site's chain
 * @param previousMonth   that ledger's month; null with {@code previousHash}
 * @param previousVersion that ledger's version; null with {@code previousHash}
 * @param restatesVersion the version a restatement replaces; null for version 1
 * @param differenceJson  a restatement's difference to {@code restatesVersion}, per view; null for version 1
 * @param contentHash     hex SHA-256 of the canonical content, {@code previousHash} included
 *                        ({@link io.wardwatt.carbon.closing.LedgerSeal})
 */
public record ClosedLedger(long id, String site, YearMonth month, int version, String factorSetId, String factorSetSha256, String policy,
        LocalDate asOf, String ledgerJson, String activitiesJson, String previousHash, YearMonth previousMonth, Integer previousVersion,
        Integer restatesVersion, String differenceJson, Instant closedAt, String closedBy, String contentHash) {
}
