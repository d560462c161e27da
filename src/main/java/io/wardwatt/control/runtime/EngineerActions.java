package io.wardwatt.control.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.control.DispatchEvent;
import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.control.GuardVerdict;
import io.wardwatt.control.ManualOverride;
import io.wardwatt.control.store.ControlRepository;
import io.wardwatt.input.DecisionComment;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an engineer does to plant control: override a point (with an expiry), release an override, acknowledge a
 * device's fault, resume a suspended plan. Each is checked, stored, put into control and audited in one transaction;
 * the caller ticks control afterwards so it takes effect at once.
 */
@ApplicationScoped
public class EngineerActions {

    @Inject
    PlantControl control;

    @Inject
    ControlConfig config;

    @Inject
    ControlRepository store;

    @Inject
    AuditTrail audit;

    /** Puts an engineer's override in; with a request key already used for the same override, returns that one. */
    @Transactional
    public ManualOverride override(OverrideRequest request, String requestKey, String actor, Instant now) {
        OverrideCheck.Checked checked = OverrideCheck.check(request, control.chillers(), control.pumps(), control.batteries(), config.overrideMax());
        if (requestKey != null) {
            Optional<ManualOverride> earlier = store.overrideByRequestKey(requestKey);
            if (earlier.isPresent()) {
                ManualOverride o = earlier.get();
                boolean same = o.point().equals(checked.point()) && o.value() == checked.value() && o.priority().equals(checked.priority())
                        && Duration.between(o.startsAt(), o.expiresAt()).equals(checked.duration());
                if (!same) {
                    throw new StateConflictException("Idempotency-Key " + requestKey + " was used for override " + o.id() + " of " + o.point()
                            + " with other values: use a new key for a new override");
                }
                return o;
            }
        }
        ManualOverride override = new ManualOverride(UUID.randomUUID(), checked.point(), checked.priority(), checked.value(), now,
                now.plus(checked.duration()), actor, checked.comment(), null, null);
        GuardVerdict verdict = control.admit(override.point(), override.command(), now);
        if (verdict.outcome() == GuardVerdict.Outcome.REFUSE) {
            throw new InvalidInputException("value", verdict.reason());
        }
        store.insert(config.site(), override, requestKey);
        audit.record("override", "plant-point", override.point().toString(), null, override);
        event(new DispatchEvent(now, Type.OVERRIDDEN, override.point().device(), override.point(), override.value() + " at level "
                + override.priority() + " until " + override.expiresAt() + ": " + override.comment()), actor);
        return override;
    }

    /** Releases an override before its expiry: the next level down (the plan, or the plant) governs again. */
    @Transactional
    public ManualOverride release(UUID id, String comment, String actor, Instant now) {
        ManualOverride override = store.override(id).orElseThrow(() -> new UnknownEntityException("override", id));
        if (!override.activeAt(now)) {
            throw new StateConflictException("override " + id + " is no longer in force (" + (override.releasedAt() != null ? "released at "
                    + override.releasedAt() + " by " + override.releasedBy() : "expired at " + override.expiresAt()) + ")");
        }
        String why = DecisionComment.require(comment, "say why");
        store.release(id, now, actor, why);
        control.withdraw(override, now);
        ManualOverride released = store.override(id).orElseThrow();
        audit.record("release", "plant-override", id.toString(), override, released);
        event(new DispatchEvent(now, Type.RELEASED, override.point().device(), override.point(), "override " + id + " released: " + why), actor);
        return released;
    }

    /** An engineer has looked at a device's fault: dispatch writes to it again. */
    @Transactional
    public void acknowledge(String device, String comment, String actor, Instant now) {
        if (!control.commands(device)) {
            throw new UnknownEntityException("chiller, pump or battery of the plant", device);
        }
        String why = DecisionComment.require(comment, "say why");
        if (!store.acknowledge(config.site(), device, now, actor, why)) {
            throw new StateConflictException("device " + device + " has no open fault to acknowledge");
        }
        store.append(config.site(), control.clearFault(device, actor, now), actor);
        audit.record("acknowledge", "plant-device-fault", device, null, Map.of("comment", why));
    }

    /** Resumes a suspended plan: its commands are put in again at the next tick (and suspended again if the zone still is not met). */
    @Transactional
    public void resume(String comment, String actor, Instant now) {
        String why = DecisionComment.require(comment, "say why");
        String reason = control.resumePlan();
        store.resume(config.site(), now, actor, why);
        event(new DispatchEvent(now, Type.PLAN_RESUMED, null, null, "resumed after: " + reason + "; " + why), actor);
        audit.record("resume", "plant-plan-suspension", config.site(), Map.of("reason", reason), Map.of("comment", why));
    }

    private void event(DispatchEvent event, String actor) {
        store.append(config.site(), List.of(event), actor);
    }
}
