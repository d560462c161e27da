package io.wardwatt.carbon.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.carbon.ClosedLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The content hash: the same content always hashes the same, and every field that is content changes it. */
class LedgerSealTest {

    private static ClosedLedger ledger(String ledgerJson, String previousHash, String closedBy) {
        return new ClosedLedger(7, "HOSP", YearMonth.of(2026, 9), 1, "cn-2026-11", "a".repeat(64), "policy/v1", LocalDate.of(2026, 11, 22),
                ledgerJson, "{\"activities\":[]}\n", previousHash, previousHash == null ? null : YearMonth.of(2026, 8),
                previousHash == null ? null : 1, null, null, Instant.parse("2026-11-22T10:00:00.123456Z"), closedBy, null);
    }

    @Test
    void theSameContentHashesTheSameAndTheRowIdIsNotContent() {
        ClosedLedger one = ledger("{\"t\":1}\n", null, "reporter");
        ClosedLedger other = new ClosedLedger(99, one.site(), one.month(), one.version(), one.factorSetId(), one.factorSetSha256(), one.policy(),
                one.asOf(), one.ledgerJson(), one.activitiesJson(), null, null, null, null, null, one.closedAt(), one.closedBy(), "x");
        assertEquals(LedgerSeal.contentHash(one), LedgerSeal.contentHash(other));
        assertTrue(LedgerSeal.contentHash(one).matches("[0-9a-f]{64}"));
        assertTrue(LedgerSeal.canonicalContent(one).contains("\"format\" : \"" + LedgerSeal.FORMAT + "\""));
    }

    @Test
    void aFigureThePreviousHashOrWhoClosedItChangesTheHash() {
        String base = LedgerSeal.contentHash(ledger("{\"t\":1}\n", null, "reporter"));
        assertNotEquals(base, LedgerSeal.contentHash(ledger("{\"t\":2}\n", null, "reporter")));
        assertNotEquals(base, LedgerSeal.contentHash(ledger("{\"t\":1}\n", "b".repeat(64), "reporter")));
        assertNotEquals(base, LedgerSeal.contentHash(ledger("{\"t\":1}\n", null, "admin")));
        // Layout is content: the text is what is stored and shown, so a re-indented text is another text.
        assertNotEquals(base, LedgerSeal.contentHash(ledger("{ \"t\" : 1 }\n", null, "reporter")));
    }

    /** The hash of a known content, computed independently (sha256sum of the canonical text): the format does not drift. */
    @Test
    void theCanonicalContentIsStable() {
        String canonical = LedgerSeal.canonicalContent(ledger("{\"t\":1}\n", null, "reporter"));
        assertEquals("""
                {
                  "format" : "wardwatt-carbon-ledger/1",
                  "site" : "HOSP",
                  "month" : "2026-09",
                  "version" : 1,
                  "factorSetId" : "cn-2026-11",
                  "factorSetSha256" : "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                  "policy" : "policy/v1",
                  "asOf" : "2026-11-22",
                  "ledger" : "{\\"t\\":1}\\n",
                  "activities" : "{\\"activities\\":[]}\\n",
                  "restatesVersion" : null,
                  "difference" : null,
                  "closedAt" : "2026-11-22T10:00:00.123456Z",
                  "closedBy" : "reporter",
                  "previousMonth" : null,
                  "previousVersion" : null,
                  "previousHash" : null
                }
                """, canonical);
    }
}
