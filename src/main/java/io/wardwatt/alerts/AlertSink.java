package io.wardwatt.alerts;

/**
 * The port every watch posts to (standby watch, meter balance, later plant control faults). Implementations store
 * alerts durably and idempotently: one alert per (kind, site, source, period), whatever the number of posts.
 */
public interface AlertSink {

    /** Raises the alert, or updates the one already raised for the same condition; returns it as stored. */
    Alert raise(RaisedAlert alert);

    /**
     * The condition no longer holds (a re-evaluation with corrected readings found nothing): marks the alert for it as
     * cleared, if there is one. The alert stays stored; it is never deleted.
     */
    void clear(String kind, String site, String source, String period);
}
