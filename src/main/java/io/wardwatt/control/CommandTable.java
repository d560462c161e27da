package io.wardwatt.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The priority arrays of all commanded points, and whether the plan is suspended. A command is admitted only if
 * the admission guard (writable point, critical-zone limits) allows it; a refused command is never stored. While
 * the plan is suspended, plan-level commands are refused until an engineer resumes it.
 */
public final class CommandTable {

    private final Map<CommandedPoint, PriorityArray> arrays = new LinkedHashMap<>();
    private final WriteGuard admission;
    private String suspendedBecause;

    /** @param admission the guards a command must pass to be stored (the timing guards wait for the write) */
    public CommandTable(WriteGuard admission) {
        this.admission = admission;
    }

    /** Stores the command at its level if admitted; the verdict says why not. A HOLD admits (the write waits). */
    public GuardVerdict command(CommandedPoint point, Command command, Instant now, PlantSnapshot plant) {
        if (suspendedBecause != null && command.priority().equals(CommandPriority.PLAN)) {
            return GuardVerdict.refuse("the plan is suspended: " + suspendedBecause);
        }
        GuardVerdict verdict = admission.check(new ProposedWrite(point, command, command.value(), now, null, plant));
        if (verdict.outcome() != GuardVerdict.Outcome.REFUSE) {
            array(point).command(command);
        }
        return verdict;
    }

    public void relinquish(CommandedPoint point, CommandPriority priority) {
        array(point).relinquish(priority);
    }

    public PriorityArray array(CommandedPoint point) {
        return arrays.computeIfAbsent(point, PriorityArray::new);
    }

    public Optional<Command> effective(CommandedPoint point, Instant now) {
        PriorityArray array = arrays.get(point);
        return array == null ? Optional.empty() : array.effective(now);
    }

    /** The arrays of one device's points, in the order they were first commanded. */
    public List<PriorityArray> ofDevice(String device) {
        List<PriorityArray> ofDevice = new ArrayList<>();
        for (PriorityArray array : arrays.values()) {
            if (array.point().device().equals(device)) {
                ofDevice.add(array);
            }
        }
        return ofDevice;
    }

    /** The points with an active command at one level. */
    public List<CommandedPoint> pointsAt(CommandPriority priority, Instant now) {
        List<CommandedPoint> points = new ArrayList<>();
        for (PriorityArray array : arrays.values()) {
            if (array.at(priority, now).isPresent()) {
                points.add(array.point());
            }
        }
        return points;
    }

    /** Relinquishes every plan-level command and refuses new ones; returns the points that had one. */
    public List<CommandedPoint> suspendPlan(String reason, Instant now) {
        suspendedBecause = reason;
        List<CommandedPoint> released = pointsAt(CommandPriority.PLAN, now);
        arrays.values().forEach(array -> array.relinquish(CommandPriority.PLAN));
        return released;
    }

    public void resumePlan() {
        suspendedBecause = null;
    }

    public Optional<String> suspension() {
        return Optional.ofNullable(suspendedBecause);
    }
}
