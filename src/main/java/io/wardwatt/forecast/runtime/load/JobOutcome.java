package io.wardwatt.forecast.runtime.load;

import java.time.Instant;

/** What a scheduled training or issue did last for a site's target: ok or failed, and a line saying what. */
public record JobOutcome(String site, String target, String job, Instant at, boolean ok, String message) {
}
