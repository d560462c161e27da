package io.wardwatt.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plant control's state machine as words can say it: one headline state, and every condition behind it (each fault,
 * override and suspension), so a page can write "override by engineer X until 14:00" or "fault: read-back CH3 supply
 * set-point" instead of a table of dispatch states.
 *
 * <p>The headline, most pressing first: {@code unavailable} (control could not be set up), {@code off} (control is
 * switched off: advisory only, nothing is written), {@code suspended} (the plan is suspended, the plant's own control
 * governs), {@code fault} (a device failed its read-back and gets no writes until acknowledged), {@code override} (an
 * engineer's command governs a point), {@code following} (the approved plan is written), {@code advisory} (the plan in
 * force was approved in advisory mode: tracked, not written), {@code no-plan} (no plan in force: the plant's own control).
 */
public record ControlSituation(String state, List<Condition> conditions) {

    public ControlSituation {
        conditions = List.copyOf(conditions);
    }

    /**
     * One reason behind the state.
     *
     * @param kind unavailable, suspended, fault or override
     * @param device the device (fault, override), else null
     * @param point the overridden point, else null
     * @param by who put the override in
     * @param until when the override expires
     * @param reason the fault's or suspension's reason, the override's comment, why control is unavailable
     */
    public record Condition(String kind, String device, String point, Double value, String by, Instant since, Instant until, String reason,
            UUID id) {
    }

    /**
     * @param unavailable why control cannot run, or null
     * @param planMode the plan in force's mode (advisory or dispatch), null without a plan in force
     * @param suspension the open suspension's since and reason, or null
     * @param faults open faults by device: since and reason
     */
    public static ControlSituation of(boolean enabled, String unavailable, String planMode, Condition suspension, Map<String, Condition> faults,
            List<ManualOverride> overrides, Instant now) {
        List<Condition> conditions = new ArrayList<>();
        if (unavailable != null) {
            conditions.add(new Condition("unavailable", null, null, null, null, null, null, unavailable, null));
        }
        if (suspension != null) {
            conditions.add(suspension);
        }
        faults.values().stream().sorted(Comparator.comparing(Condition::device)).forEach(conditions::add);
        overrides.stream().filter(o -> o.activeAt(now)).sorted(Comparator.comparing(ManualOverride::expiresAt))
                .map(o -> new Condition("override", o.point().device(), o.point().point(), o.value(), o.createdBy(), o.startsAt(), o.expiresAt(),
                        o.comment(), o.id()))
                .forEach(conditions::add);
        return new ControlSituation(headline(enabled, unavailable, planMode, suspension, faults, conditions), conditions);
    }

    private static String headline(boolean enabled, String unavailable, String planMode, Condition suspension, Map<String, Condition> faults,
            List<Condition> conditions) {
        if (unavailable != null) {
            return "unavailable";
        }
        if (!enabled) {
            return "off";
        }
        if (suspension != null) {
            return "suspended";
        }
        if (!faults.isEmpty()) {
            return "fault";
        }
        if (conditions.stream().anyMatch(c -> c.kind().equals("override"))) {
            return "override";
        }
        if (planMode == null) {
            return "no-plan";
        }
        return "advisory".equals(planMode) ? "advisory" : "following";
    }
}
