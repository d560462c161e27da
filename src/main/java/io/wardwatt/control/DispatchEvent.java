package io.wardwatt.control;

import java.time.Instant;

/**
 * Something dispatch did or declined to do, for the audit log, the alarm list and the plan-against-actual view.
 *
 * @param point null for events of the whole device or plant
 */
public record DispatchEvent(Instant at, Type type, String device, CommandedPoint point, String text) {

    public enum Type {
        /** written and read back as written */
        WRITTEN,
        /** a guard held a write back for now (minimum run/stop, set-point interval) */
        HELD,
        /** a guard or the point refused a command; it was dropped from its level */
        REFUSED,
        /** a command's time ran out */
        EXPIRED,
        /** the device did not answer; dispatch backs off */
        UNREACHABLE,
        /** alarm: the device did not hold what was written; no more writes to it until acknowledged */
        READ_BACK_FAILED,
        /** an engineer acknowledged a fault; dispatch to the device resumes */
        ACKNOWLEDGED,
        /** a critical zone's limit was not met: the plan's commands were relinquished */
        PLAN_SUSPENDED,
        /** an engineer resumed the suspended plan */
        PLAN_RESUMED,
        /** a slot of the approved plan was put in at the plan's level (or the plan's commands were withdrawn) */
        PLAN_COMMANDED,
        /** an engineer's override was put in */
        OVERRIDDEN,
        /** an engineer's override was released before its expiry */
        RELEASED
    }

    @Override
    public String toString() {
        return at + " " + type + " " + (point != null ? point : device) + ": " + text;
    }
}
