package io.wardwatt.optimize.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Re-plans made, by cause (load-deviation, engineer-request) and outcome (revision, draft). */
@ApplicationScoped
public class ReplanMetrics {

    @Inject
    MeterRegistry registry;

    void replanned(String cause, String outcome) {
        Counter.builder("wardwatt.optimize.replans").tag("cause", cause).tag("outcome", outcome)
                .description("Intraday re-plans of approved plans: revisions in force, or drafts for approval").register(registry).increment();
    }
}
