package io.wardwatt.control;

import java.time.Instant;

/**
 * A critical zone's limit the plant has not met for longer than the zone's grace.
 *
 * @param limit which limit, in words ("supply ≤ 7.5 °C")
 * @param measured what the plant did (°C, or chillers available)
 * @param since when the breach began
 */
public record ZoneBreach(String zoneId, String limit, double measured, Instant since) {

    @Override
    public String toString() {
        return "zone " + zoneId + ": " + limit + " not met since " + since + " (measured " + measured + ")";
    }
}
