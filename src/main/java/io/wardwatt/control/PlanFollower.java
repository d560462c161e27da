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
    private final Map<String, List<String>> pairedPumps;
    private final List<DispatchEvent> events = new ArrayList<>();
    private String following;

    /** @param margin how long past its slot's end a plan command holds (covers the tick that puts the next slot in) */
    public PlanFollower(CommandTable table, Duration margin) {
        this(table, margin, Map.of());
    }

    /**
     * @param pairedPumps each chiller's dedicated pumps (primary, condenser): when a guard refuses a chiller's stop, the
     *     plan's stop of its pumps is not put in either. A chiller kept available for a critical zone is no use without
     *     its flow: it cannot start, and the plant is left with chillers enabled and none able to run.
     */
    public PlanFollower(CommandTable table, Duration margin, Map<String, List<String>> pairedPumps) {
        this.table = table;
        this.margin = margin;
        this.pairedPumps = Map.copyOf(pairedPumps);
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
        java.util.Set<String> keptPumps = new java.util.HashSet<>();
        PlantSnapshot assumed = plant;
        // starts before stops, so a stop is judged with the chillers this slot starts; chillers before their pumps
        List<Map.Entry<CommandedPoint, Command>> ordered = new ArrayList<>(commands.entrySet());
        ordered.sort(java.util.Comparator.comparingInt(PlanFollower::admissionOrder));
        for (Map.Entry<CommandedPoint, Command> entry : ordered) {
            CommandedPoint point = entry.getKey();
            if (point.kind() == CommandKind.PUMP_ENABLE && entry.getValue().value() == 0 && keptPumps.contains(point.device())) {
                table.relinquish(point, CommandPriority.PLAN);
                events.add(new DispatchEvent(now, Type.REFUSED, point.device(), point, "plan value 0 not put in: the pump serves a chiller"
                        + " whose stop was refused, which must stay able to run"));
                continue;
            }
            GuardVerdict verdict = table.command(entry.getKey(), entry.getValue(), now, assumed);
            if (verdict.outcome() == GuardVerdict.Outcome.REFUSE) {
                table.relinquish(entry.getKey(), CommandPriority.PLAN);
                events.add(new DispatchEvent(now, Type.REFUSED, entry.getKey().device(), entry.getKey(), "plan value " + entry.getValue().value()
                        + " refused: " + verdict.reason()));
                if (point.kind() == CommandKind.CHILLER_ENABLE && entry.getValue().value() == 0) {
                    keptPumps.addAll(pairedPumps.getOrDefault(point.device(), List.of()));
                }
            } else {
                admitted++;
                if (point.kind() == CommandKind.CHILLER_ENABLE && assumed != null) {
                    assumed = assumed.withEnabled(point.device(), entry.getValue().value() != 0);
                }
            }
        }
        events.add(new DispatchEvent(now, Type.PLAN_COMMANDED, null, null, "plan " + slot.planId() + " slot " + slot.slotIndex() + " ("
                + slot.from() + " to " + slot.until() + "): " + admitted + " of " + commands.size() + " commands at level 10, supply "
                + slot.supplySetpointC() + " °C, chillers on " + slot.chillers().stream().filter(SlotInForce.ChillerCommand::on)
                .map(SlotInForce.ChillerCommand::id).toList() + (slot.battery() == null ? ", no battery command" : ", battery "
                + slot.battery().id() + " " + slot.battery().powerKw() + " kW")));
    }

    private static int admissionOrder(Map.Entry<CommandedPoint, Command> entry) {
        CommandKind kind = entry.getKey().kind();
        if (kind == CommandKind.CHILLER_ENABLE) {
            return entry.getValue().value() != 0 ? 0 : 1;
        }
        return kind == CommandKind.SUPPLY_SETPOINT ? 1 : 2;
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
