package io.wardwatt.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's own fields check themselves: every problem at once, at its field. */
class MonthlyReportTest {

    private static final MonthlyLedger LEDGER = DemoMonth.ledger();

    @Test
    void everyBadFieldIsAProblemAtItsName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new MonthlyReport(" ", null, "", null, BigDecimal.ZERO,
                YearMonth.of(2026, 6), 0, "ABC", "xyz", Instant.parse("2026-08-05T02:30:00Z"), null, LEDGER));
        assertEquals(List.of("siteCode", "siteName", "organisationName", "creditCode", "floorAreaM2", "month", "ledgerVersion", "contentHash",
                "previousHash", "closedBy"), e.problems().stream().map(InputProblem::where).toList());
        assertEquals("month: is 2026-06 but the ledger is of 2026-07", e.problems().get(5).toString());
        assertEquals("contentHash: 'ABC' is not a SHA-256 in lower-case hex (64 characters)", e.problems().get(7).toString());
    }

    @Test
    void aDraftIsVersionOneHashedFromTheLedgersJsonAndDatedOnItsCalculationDay() {
        MonthlyReport draft = MonthlyReport.draft(" HOSP ", "示范综合医院", "上海市示范综合医院", DemoMonth.CREDIT_CODE, new BigDecimal("196000"),
                LEDGER);
        assertEquals("HOSP", draft.siteCode());
        assertEquals(1, draft.ledgerVersion());
        assertEquals(MonthlyReport.sha256(LedgerJson.write(LEDGER)), draft.contentHash());
        assertEquals(64, draft.contentHash().length());
        assertTrue(!draft.closed());
        assertEquals(Instant.parse("2026-11-21T16:00:00Z"), draft.issuedAt());
        assertEquals(DemoMonth.CLOSED_AT, DemoMonth.closed().issuedAt());
    }

    @Test
    void theCreditCodesCheckCharacterCatchesAMistypedCharacter() {
        // the example of GB 32100-2015
        assertEquals("91350100M000100Y43", UnifiedSocialCreditCode.parse(" 91350100m000100y43 ").value());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new UnifiedSocialCreditCode("91350100M000100Y44"));
        assertEquals("creditCode: '91350100M000100Y44': the check character is 3, not 4 (GB 32100-2015): a character is mistyped",
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new UnifiedSocialCreditCode("91350100M000I00Y43"));
        assertTrue(e.getMessage().contains("character 13 'I' is not one of"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new UnifiedSocialCreditCode("91350100M000100Y4"));
        assertTrue(e.getMessage().contains("it has 18 characters"), e.getMessage());
    }
}
