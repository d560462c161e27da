package io.wardwatt.acquisition;

import io.wardwatt.readings.Quality;
import java.time.Instant;

/**
 * One value read from a device: the time its response arrived (the source timestamp), the engineering value
 * and how far it can be trusted (GOOD, or STALE when frozen or when it stopped arriving).
 */
public record PolledValue(RegisterPoint point, Instant ts, double value, Quality quality) {
}
