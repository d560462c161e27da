package io.wardwatt.alerts;

import java.time.Instant;

/**
 * Which alerts a listing wants; every part is optional (null: any).
 *
 * @param from alerts whose judged period ends after this instant
 * @param to   alerts whose judged period starts before this instant
 */
public record AlertFilter(AlertStatus status, String kind, String site, Severity severity, Instant from, Instant to) {

    public AlertFilter {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("the period must end after it starts: " + from + " .. " + to);
        }
    }
}
