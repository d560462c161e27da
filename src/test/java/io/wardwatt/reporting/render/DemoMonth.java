package io.wardwatt.reporting.render;

import io.wardwatt.carbon.activity.ActivityCsvReader;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.FactorSetReader;
import io.wardwatt.carbon.ledger.LedgerCalculation;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** The demo hospital's July 2026 in Shanghai (carbon-factors/examples), computed as the carbon tests compute it, and its report. */
final class DemoMonth {

    static final String EXAMPLE = "carbon-factors/examples/demo-hospital-2026-07.csv";
    static final FactorSet SET = FactorSetReader.readFile(Path.of("carbon-factors/cn/cn-2026-11.yaml"));
    /** A public institution (12) in Shanghai (310000); the check character is right (GB 32100-2015). */
    static final UnifiedSocialCreditCode CREDIT_CODE = new UnifiedSocialCreditCode("12310000MB2F3H4K55");
    static final String PREVIOUS = "7d1e0f4c2b9a8e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d";
    static final Instant CLOSED_AT = Instant.parse("2026-08-05T02:30:00Z");

    private DemoMonth() {
    }

    static MonthlyLedger ledger() {
        return LedgerCalculation.compute(YearMonth.of(2026, 7), SET.region("CN-SH").orElseThrow(), LocalDate.of(2026, 11, 22), SET,
                ActivityCsvReader.readFile(Path.of(EXAMPLE)).requireValid());
    }

    /** Closed on 5 August 2026, 10:30 in Beijing, as the second month of the site's chain. */
    static MonthlyReport closed() {
        MonthlyLedger ledger = ledger();
        return new MonthlyReport("HOSP", "示范综合医院 Demo General Hospital", "上海市示范综合医院", CREDIT_CODE, new BigDecimal("196000"),
                ledger.month(), 1, MonthlyReport.sha256(LedgerJson.write(ledger)), PREVIOUS, CLOSED_AT, "王敏 Wang Min", ledger);
    }
}
