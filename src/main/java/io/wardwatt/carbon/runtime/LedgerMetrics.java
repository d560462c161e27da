package io.wardwatt.carbon.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.activity.ActivityEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Ledgers closed and restated, closes that failed, how long a close took, verifications by result, entries by source,
 * the monthly job's runs by result.
 */
@ApplicationScoped
class LedgerMetrics {

    @Inject
    MeterRegistry registry;

    void stored(ClosedLedger ledger, Duration took) {
        Counter.builder("wardwatt.carbon.ledgers.stored").tag("kind", ledger.version() == 1 ? "close" : "restatement")
                .description("Ledger versions stored: closes (version 1) and restatements").register(registry).increment();
        Timer.builder("wardwatt.carbon.ledger.close").description("Time to close or restate a month, readings recomputed included")
                .register(registry).record(took);
    }

    void failed(String action) {
        Counter.builder("wardwatt.carbon.ledger.failures").tag("action", action)
                .description("Closes and restatements refused or failed").register(registry).increment();
    }

    void verified(boolean ok) {
        Counter.builder("wardwatt.carbon.ledger.verifications").tag("result", ok ? "ok" : "differs")
                .description("Verifications of closed ledgers by result").register(registry).increment();
    }

    void entered(ActivityEntry entry) {
        Counter.builder("wardwatt.carbon.activity.entries").tag("source", entry.source().code()).tag("correction", String.valueOf(entry.correction()))
                .description("Activity entries stored").register(registry).increment();
    }

    void jobRun(String result) {
        Counter.builder("wardwatt.carbon.close.job.months").tag("result", result)
                .description("Months the monthly close job handled, by result").register(registry).increment();
    }
}
