package io.wardwatt.control;

import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.optimize.SlotInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the approved plan's commands into the command table at the plan's level, once per slot, at the slot's
 * boundary: the new slot's commands replace the last slot's, points the new slot does not command are relinquished,
 * and when no plan is in force for dispatch (none approved, advisory, cancelled, past its end) every plan command is
 * relinquished, so the plant's own control takes over after its command hold. A command the guards refuse (a
 * read-only point, a critical zone's limit) is not stored and is said once, as an event.
 */
public final class PlanFollower {

    private final CommandTable table;
    private final Duration margin;
    private final List<DispatchEvent> events = new ArrayList<>();
    private String following;

    /** @param margin how long past its slot's end a plan command holds (covers the tick that puts the next slot in) */
    public PlanFollower(CommandTable table, Duration margin) {
        this.table = table;
        this.margin = margin;
    }

    /** Follows the slot in force at {@code now} (empty: no plan for dispatch). */
    public void follow(Optional<SlotInForce> inForce, Instant now, PlantSnapshot plant) {
        Optional<SlotInForce> dispatched = inForce.filter(slot -> !slot.advisory());
        String key = dispatched.map(slot -> slot.planId() + "/" + slot.slotIndex()).orElse(null);
        if (key == null) {
            if (following != null) {
                relinquishAll(now, "no approved plan in dispatch mode is in force (" + inForce.map(s -> "plan " + s.planId() + " is advisory")
                        .orElse("none approved, cancelled or ended") + "): plan commands relinquished, the plant's own control takes over");
            }
            following = null;
            return;
        }
        if (key.equals(following)) {
            return;
        }
        if (table.suspension().isPresent()) {
            if (!("suspended " + key).equals(following)) {
                events.add(new DispatchEvent(now, Type.PLAN_COMMANDED, null, null, "plan " + dispatched.get().planId() + " slot "
                        + dispatched.get().slotIndex() + " not commanded: the plan is suspended (" + table.suspension().get() + ")"));
            }
            following = "suspended " + key;
            return;
        }
        put(dispatched.get(), now, plant);
        following = key;
    }

    /** Forgets the slot followed, so the next {@link #follow} puts it in again (after a resume). */
    public void reset() {
        following = null;
    }

    private void put(SlotInForce slot, Instant now, PlantSnapshot plant) {
        Map<CommandedPoint, Command> commands = PlanCommands.of(slot, margin);
        for (CommandedPoint point : table.pointsAt(CommandPriority.PLAN, now)) {
            if (!commands.containsKey(point)) {
                table.relinquish(point, CommandPriority.PLAN);
            }
        }
        int admitted = 0;
        for (Map.Entry<CommandedPoint, Command> entry : commands.entrySet()) {
            GuardVerdict verdict = table.command(entry.getKey(), entry.getValue(), now, plant);
            if (verdict.outcome() == GuardVerdict.Outcome.REFUSE) {
                table.relinquish(entry.getKey(), CommandPriority.PLAN);
                events.add(new DispatchEvent(now, Type.REFUSED, entry.getKey().device(), entry.getKey(), "plan value " + entry.getValue().value()
                        + " refused: " + verdict.reason()));
            } else {
                admitted++;
            }
        }
        events.add(new DispatchEvent(now, Type.PLAN_COMMANDED, null, null, "plan " + slot.planId() + " slot " + slot.slotIndex() + " ("
                + slot.from() + " to " + slot.until() + "): " + admitted + " of " + commands.size() + " commands at level 10, supply "
                + slot.supplySetpointC() + " °C, chillers on " + slot.chillers().stream().filter(SlotInForce.ChillerCommand::on)
                .map(SlotInForce.ChillerCommand::id).toList() + (slot.battery() == null ? ", no battery command" : ", battery "
                + slot.battery().id() + " " + slot.battery().powerKw() + " kW")));
    }

    private void relinquishAll(Instant now, String why) {
        for (CommandedPoint point : table.pointsAt(CommandPriority.PLAN, now)) {
            table.relinquish(point, CommandPriority.PLAN);
        }
        events.add(new DispatchEvent(now, Type.PLAN_COMMANDED, null, null, why));
    }

    public List<DispatchEvent> drainEvents() {
        List<DispatchEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
