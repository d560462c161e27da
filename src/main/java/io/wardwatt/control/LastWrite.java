package io.wardwatt.control;

import java.time.Instant;

/**
 * The last confirmed write to a point.
 *
 * @param at when it was written (a renewal counts: the plant's hold restarts)
 * @param changedAt when the value last changed (a renewal does not count: the rate limit looks at changes)
 */
public record LastWrite(double value, Instant at, Instant changedAt) {
}
