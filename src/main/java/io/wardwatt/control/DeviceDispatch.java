package io.wardwatt.control;

import io.wardwatt.control.DispatchEvent.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One device's dispatch: the context its {@link DispatchState} handlers share, and the driver that runs them.
 * Each tick ({@link #run}) drops expired commands, then writes each point whose effective command is new, changed
 * or due for renewal, one at a time, each point at most once a tick. A fault stops this device only; the other
 * devices have their own. Not thread-safe: one thread ticks it.
 */
public final class DeviceDispatch {

    /** The write in hand: which point and command, the value sent (after guards) and what the device answered. */
    record Pending(CommandedPoint point, Command command, double value, String limitedBecause, PlantPort.WriteResult result) {
    }

    private final String code;
    private final CommandTable table;
    private final PlantPort port;
    private final WriteGuard guard;
    private final DispatchSettings settings;
    private final Map<CommandedPoint, LastWrite> lastWrites = new HashMap<>();
    private final Map<CommandedPoint, Instant> attemptedAt = new HashMap<>();
    private final Map<CommandedPoint, Command> heldCommand = new HashMap<>();
    private final List<DispatchEvent> events = new ArrayList<>();
    private DispatchState state = DispatchState.IDLE;
    private Pending pending;
    private int failures;
    private Instant retryAt = Instant.MIN;
    private String fault;

    /** @param guard the guards every write passes (writable point, zone limits, rate limit, minimum run/stop) */
    public DeviceDispatch(String code, CommandTable table, PlantPort port, WriteGuard guard, DispatchSettings settings) {
        this.code = code;
        this.table = table;
        this.port = port;
        this.guard = guard;
        this.settings = settings;
    }

    /** Runs the handlers at {@code now} until the device rests; returns the state it rests in. */
    public DispatchState run(Instant now, PlantSnapshot plant) {
        for (PriorityArray array : table.ofDevice(code)) {
            for (Command expired : array.dropExpired(now)) {
                event(now, Type.EXPIRED, array.point(), "level " + expired.priority() + " (" + expired.source() + ", " + expired.value()
                        + ") expired at " + expired.expiresAt());
            }
        }
        // each point is attempted at most once per tick, so this ends; the bound is a second guarantee
        int limit = 4 * (table.ofDevice(code).size() + 2);
        for (int i = 0; i < limit; i++) {
            DispatchState before = state;
            step(now, plant);
            if (state.resting() && state == before) {
                break;
            }
        }
        return state;
    }

    /** Runs the present state's handler once (tests follow the transitions with it). */
    public DispatchState step(Instant now, PlantSnapshot plant) {
        state = state.step().handle(this, now, plant);
        return state;
    }

    /** An engineer has looked at the fault: dispatch to the device resumes. */
    public void acknowledge(Instant now, String who) {
        if (state == DispatchState.FAULT) {
            event(now, Type.ACKNOWLEDGED, null, who + " acknowledged: " + fault);
            fault = null;
            state = DispatchState.IDLE;
        }
    }

    /** A fault recorded before a restart and not yet acknowledged: the device stays in FAULT, nothing is written to it. */
    public void restoreFault(String reason) {
        fault = reason;
        state = DispatchState.FAULT;
        pending = null;
    }

    public String code() {
        return code;
    }

    public DispatchState state() {
        return state;
    }

    public Optional<String> fault() {
        return Optional.ofNullable(fault);
    }

    /** The events since the last call, oldest first. */
    public List<DispatchEvent> drainEvents() {
        List<DispatchEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    public LastWrite lastWrite(CommandedPoint point) {
        return lastWrites.get(point);
    }

    // --- what the handlers use ---

    PlantPort port() {
        return port;
    }

    WriteGuard guard() {
        return guard;
    }

    DispatchSettings settings() {
        return settings;
    }

    Pending pending() {
        return pending;
    }

    Instant retryAt() {
        return retryAt;
    }

    /** Picks the next point whose command must be written now, if any, as the write in hand. */
    boolean takeNextDue(Instant now) {
        for (PriorityArray array : table.ofDevice(code)) {
            CommandedPoint point = array.point();
            Optional<Command> effective = array.effective(now);
            if (effective.isEmpty() || now.equals(attemptedAt.get(point))) {
                continue;
            }
            LastWrite last = lastWrites.get(point);
            boolean due = last == null || last.value() != effective.get().value() || !now.isBefore(last.at().plus(settings.renewEvery()));
            if (due) {
                attemptedAt.put(point, now);
                pending = new Pending(point, effective.get(), Double.NaN, null, null);
                return true;
            }
        }
        return false;
    }

    boolean anyCommandInForce(Instant now) {
        return table.ofDevice(code).stream().anyMatch(a -> a.effective(now).isPresent());
    }

    /** HOLDING while a command of this device is in force, else IDLE. */
    DispatchState restingState(Instant now) {
        pending = null;
        return anyCommandInForce(now) && !lastWrites.isEmpty() ? DispatchState.HOLDING : DispatchState.IDLE;
    }

    void held(CommandedPoint point, Instant now, String reason) {
        Pending pending = this.pending;
        // said once per command: a stop held for 40 minutes is one event, not one per tick
        if (!pending.command().equals(heldCommand.put(point, pending.command()))) {
            event(now, Type.HELD, point, reason);
        }
    }

    void refused(Pending refused, Instant now, String reason) {
        table.relinquish(refused.point(), refused.command().priority());
        event(now, Type.REFUSED, refused.point(), "level " + refused.command().priority() + " (" + refused.command().source() + ", "
                + refused.command().value() + ") refused and relinquished: " + reason);
    }

    void sent(double value, String limitedBecause, PlantPort.WriteResult result) {
        pending = new Pending(pending.point(), pending.command(), value, limitedBecause, result);
    }

    void unreachable(Instant now, String reason) {
        failures++;
        retryAt = now.plus(settings.backoff(failures));
        pending = null;
    }

    void confirmed(Instant now) {
        LastWrite last = lastWrites.get(pending.point());
        Instant changedAt = last != null && last.value() == pending.value() ? last.changedAt() : now;
        lastWrites.put(pending.point(), new LastWrite(pending.value(), now, changedAt));
        heldCommand.remove(pending.point());
        failures = 0;
        String text = pending.value() + " at level " + pending.command().priority() + " (" + pending.command().source() + "), read back "
                + pending.result().readBack() + (pending.limitedBecause() == null ? "" : "; " + pending.limitedBecause());
        event(now, Type.WRITTEN, pending.point(), text);
        pending = null;
    }

    void fault(Instant now, String reason) {
        fault = reason;
        event(now, Type.READ_BACK_FAILED, pending.point(), reason);
        pending = null;
    }

    void event(Instant now, Type type, CommandedPoint point, String text) {
        events.add(new DispatchEvent(now, type, code, point, text));
    }
}
