package io.wardwatt.optimize.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a run of the daily job did for a day.
 *
 * @param result {@code planned} (a new plan is queued), {@code existing} (the plan of that forecast issue was made
 *        before), {@code no-forecast} (nothing planned), {@code failed}
 * @param planId the plan queued or found (null otherwise)
 * @param message in words, e.g. {@code no forecast for HOSP 2026-07-16}
 */
public record DailyOutcome(Instant at, String site, LocalDate date, String result, UUID planId, String message) {

    static final String PLANNED = "planned";
    static final String EXISTING = "existing";
    static final String NO_FORECAST = "no-forecast";
    static final String FAILED = "failed";
}
