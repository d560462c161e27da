package io.wardwatt.forecast.weather;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the served forecast hour by hour, in the fallback order: the provider's live forecast; else the last stored
 * provider forecast covering the hour; else the typical year's same month, day and hour; else nothing. An hour of a
 * stored forecast is "provider" only if it belongs to the live issue (fetched within the cache time while the provider
 * answers); any older issue is a fallback, even while the provider is up (its newest forecast did not reach that far).
 */
public final class ForecastBlend {

    private ForecastBlend() {
    }

    /**
     * @param hours     the hours to serve (instants each hour ends)
     * @param liveIssue the issue time of the provider's live forecast, or null when the provider is off or down
     * @param lastIssued the newest stored provider hour for each hour
     * @param typical   the typical year's row for each hour, stamped with that hour (not the reference year)
     */
    public static List<ServedHour> blend(List<Instant> hours, Instant liveIssue, Map<Instant, IssuedHour> lastIssued,
                                         Map<Instant, WeatherHour> typical) {
        List<ServedHour> served = new ArrayList<>(hours.size());
        for (Instant hour : hours) {
            IssuedHour issued = lastIssued.get(hour);
            WeatherHour typicalHour = typical.get(hour);
            if (issued != null) {
                WeatherSource source = issued.issuedAt().equals(liveIssue) ? WeatherSource.PROVIDER : WeatherSource.FALLBACK_LAST;
                served.add(ServedHour.of(issued.weather(), source, issued.issuedAt()));
            } else if (typicalHour != null) {
                served.add(ServedHour.of(typicalHour, WeatherSource.FALLBACK_TYPICAL, null));
            } else {
                served.add(new ServedHour(hour, null, null, null, WeatherSource.NONE.label(), null));
            }
        }
        return served;
    }
}
