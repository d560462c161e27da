package io.wardwatt.forecast.runtime.load;

import java.time.Instant;
import java.util.List;

/**
 * One issue of a target's hourly load forecast, with the model version it was made from.
 *
 * @param issuedAt the whole hour it was issued in; the first hour forecast starts there
 * @param visits where the visits of the days forecast came from: stored, stored+model or none
 * @param substitutedHours hours whose recent-load inputs were missing and replaced
 */
public record IssuedLoadForecast(long id, String site, String target, Instant issuedAt, String modelVersion, String visits, int substitutedHours,
        List<Hour> hours) {

    /**
     * @param hoursAhead 1 for the hour starting at the issue
     * @param weather where the hour's weather came from: station, epw-history, provider, fallback-last,
     *                fallback-typical or none
     */
    public record Hour(Instant start, int hoursAhead, double loadKw, String weather) {
    }
}
