package io.wardwatt.forecast.visits;

import java.time.LocalDate;

/**
 * Outpatient visits registered at a site on a local day ({@code hour} null) or in one local hour of it ({@code hour}
 * 0 for 00:00-01:00 ... 23).
 */
public record VisitCount(LocalDate date, Integer hour, int visits) {

    /** The key a count is stored under: a later count with the same key replaces it. */
    public String key() {
        return hour == null ? date.toString() : date + " " + hour + "h";
    }
}
