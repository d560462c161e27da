package io.wardwatt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubmissionOutcomeTest {

    private static final String RECEIPT = "{\"receiptId\":\"R-1\",\"idempotencyKey\":\"K\",\"duplicate\":false}";

    @Test
    void aReceiptIsAcceptance() {
        SubmissionOutcome.Accepted created = assertInstanceOf(SubmissionOutcome.Accepted.class, SubmissionOutcome.of(new PlatformAnswer(201, RECEIPT)));
        assertEquals("R-1", created.receiptId());
        assertFalse(created.duplicate());
        assertEquals(RECEIPT, created.receipt());
    }

    @Test
    void aDuplicateAnswerIsAcceptanceOnTheOriginalReceipt() {
        String original = "{\"receiptId\":\"R-1\",\"idempotencyKey\":\"K\",\"duplicate\":true}";
        SubmissionOutcome.Accepted conflict = assertInstanceOf(SubmissionOutcome.Accepted.class, SubmissionOutcome.of(new PlatformAnswer(409, original)));
        assertEquals("R-1", conflict.receiptId());
        assertTrue(conflict.duplicate());
        SubmissionOutcome.Accepted ok = assertInstanceOf(SubmissionOutcome.Accepted.class, SubmissionOutcome.of(new PlatformAnswer(200, original)));
        assertTrue(ok.duplicate());
        SubmissionOutcome.Accepted nested = assertInstanceOf(SubmissionOutcome.Accepted.class,
                SubmissionOutcome.of(new PlatformAnswer(409, "{\"error\":\"already received\",\"receipt\":{\"receiptId\":\"R-9\"}}")));
        assertEquals("R-9", nested.receiptId());
    }

    @Test
    void serverTroubleAndNoAnswerAreRetried() {
        assertInstanceOf(SubmissionOutcome.Retry.class, SubmissionOutcome.of(new PlatformAnswer(500, "{\"error\":\"down\"}")));
        assertInstanceOf(SubmissionOutcome.Retry.class, SubmissionOutcome.of(new PlatformAnswer(503, "")));
        assertInstanceOf(SubmissionOutcome.Retry.class, SubmissionOutcome.of(new PlatformAnswer(429, "slow down")));
        assertInstanceOf(SubmissionOutcome.Retry.class, SubmissionOutcome.of(new PlatformAnswer(408, "")));
        assertInstanceOf(SubmissionOutcome.Retry.class, SubmissionOutcome.of(new PlatformAnswer(200, "<html>maintenance</html>")),
                "a 2xx without a receipt proves nothing; sending again under the same key is safe");
        assertEquals(null, SubmissionOutcome.noAnswer("no answer within PT30S").httpStatus());
    }

    @Test
    void otherClientErrorsAreRejectedWithTheirText() {
        SubmissionOutcome.Rejected refused = assertInstanceOf(SubmissionOutcome.Rejected.class,
                SubmissionOutcome.of(new PlatformAnswer(400, "{\"error\":\"bad unifiedSocialCreditCode\"}")));
        assertTrue(refused.error().contains("bad unifiedSocialCreditCode"));
        assertEquals(400, refused.httpStatus());
        assertInstanceOf(SubmissionOutcome.Rejected.class, SubmissionOutcome.of(new PlatformAnswer(401, "")));
        assertInstanceOf(SubmissionOutcome.Rejected.class, SubmissionOutcome.of(new PlatformAnswer(409, "{\"error\":\"key used for other content\"}")),
                "a conflict without a receipt is not a duplicate");
        String longBody = "x".repeat(5000);
        assertTrue(((SubmissionOutcome.Rejected) SubmissionOutcome.of(new PlatformAnswer(422, longBody))).error().length() < 2100);
    }
}
