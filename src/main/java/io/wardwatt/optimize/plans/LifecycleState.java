package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a solved plan is in its life: draft → approved → dispatching → done, or superseded (another plan of the
 * same site and day was approved) or cancelled. It only moves forward; done, superseded and cancelled are final.
 */
public enum LifecycleState {
    /** Done or stopped with a feasible plan for a dated day, and not yet approved or cancelled. */
    DRAFT,
    /** Approved by an engineer; in force for its day, which has not begun. */
    APPROVED,
    /** Its day has begun: tracked (advisory mode) or written to the plant (dispatch mode). */
    DISPATCHING,
    DONE, SUPERSEDED, CANCELLED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Approved or dispatching: at most one plan per site and day is. */
    public boolean inForce() {
        return this == APPROVED || this == DISPATCHING;
    }

    public boolean ended() {
        return this == DONE || this == SUPERSEDED || this == CANCELLED;
    }

    public static LifecycleState parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
