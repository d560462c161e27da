package io.wardwatt.control.runtime;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plant control as an engineer sees it: whether it writes at all, the plan slot in force, whether the plan is
 * suspended, and per device its dispatch state, open fault and, per commanded point, every active level.
 *
 * @param writing true when control is enabled: approved plans in dispatch mode and overrides are written
 * @param plan the slot in force, or null
 * @param suspended the open suspension, or null
 */
public record ControlStatus(String site, boolean writing, Instant at, PlanInForce plan, Suspension suspended, List<Device> devices) {

    /** @param mode advisory (tracked, nothing written) or dispatch */
    public record PlanInForce(UUID planId, String mode, int slot, Instant from, Instant until, double supplySetpointC) {
    }

    public record Suspension(Instant since, String reason) {
    }

    /** @param fault the open fault's reason, or null */
    public record Device(String code, String state, String fault, Instant faultSince, List<Point> points) {
    }

    /** @param effective the level that governs (null: relinquished, the plant's own control) */
    public record Point(String point, String kind, Level effective, List<Level> levels, Double lastWritten, Instant lastWrittenAt) {
    }

    public record Level(int priority, double value, String source, Instant expiresAt) {
    }
}
