package io.wardwatt.carbon.runtime;

import java.time.Instant;
import java.time.YearMonth;

/**
 * What the monthly job did for a site's month.
 *
 * @param result  {@code closed}, {@code already-closed} or {@code failed}
 * @param version the version closed or found; null when it failed
 * @param message in words, e.g. {@code HOSP 2026-10 closed, hash 3f2a...}
 */
public record CloseJobOutcome(Instant at, String site, YearMonth month, String result, Integer version, String message) {

    static final String FAILED = "failed";
}
