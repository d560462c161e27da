package io.wardwatt.control;

import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.plant.PlantDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plant control's parts wired as the service runs them: one command table whose admission passes the writable-point
 * and critical-zone guards, one dispatch per commanded device whose writes also pass the set-point rate and the
 * plant file's minimum run and stop, the zone monitor, and the plan follower. The service's PlantControl and any
 * loop that steps a plant itself (the simulated year) assemble it here, so both dispatch through the same guards and
 * state machine. Not thread-safe: one thread ticks it.
 */
public final class ControlLoop {

    private final CommandTable table;
    private final PlantDispatch dispatch;
    private final PlanFollower follower;

    private ControlLoop(CommandTable table, PlantDispatch dispatch, PlanFollower follower) {
        this.table = table;
        this.dispatch = dispatch;
        this.follower = follower;
    }

    /**
     * @param devices the codes of every device control commands (chillers, pumps, batteries), in dispatch order
     * @param writable the guard that knows which points of which device may be written (the device templates)
     */
    public static ControlLoop assemble(PlantDefinition plant, Collection<String> devices, WriteGuard writable, ControlLimits limits, PlantPort port) {
        ZoneLimitGuard zones = new ZoneLimitGuard(plant.criticalZones());
        CommandTable table = new CommandTable(WriteGuard.all(List.of(writable, zones)));
        WriteGuard guards = WriteGuard.all(List.of(writable, zones, new SetpointRateGuard(limits.setpointRateKPerMin(), limits.setpointMinInterval()),
                new MinRunStopGuard(Duration.ofMinutes(plant.rules().minRunMinutes()), Duration.ofMinutes(plant.rules().minStopMinutes()))));
        List<DeviceDispatch> dispatches = new ArrayList<>();
        for (String code : devices) {
            dispatches.add(new DeviceDispatch(code, table, port, guards, limits.dispatch()));
        }
        PlantDispatch dispatch = new PlantDispatch(table, new ZoneLimitMonitor(plant.criticalZones()), dispatches);
        java.util.Map<String, List<String>> paired = new java.util.HashMap<>();
        plant.chillers().forEach(c -> paired.put(c.id(), List.of(c.primaryPump().id(), c.condenserPump().id())));
        return new ControlLoop(table, dispatch, new PlanFollower(table, limits.planMargin(), paired));
    }

    /**
     * One dispatch round: the slot in force goes into the table at its boundary, the critical zones are watched, and
     * what is due is written.
     *
     * @param slot the approved plan's slot at {@code plant.at()}; empty when none is in force for dispatch
     * @return the round's events, follower's first
     */
    public List<DispatchEvent> tick(Optional<SlotInForce> slot, PlantSnapshot plant) {
        follower.follow(slot, plant.at(), plant);
        dispatch.tick(plant);
        List<DispatchEvent> events = new ArrayList<>(follower.drainEvents());
        events.addAll(dispatch.drainEvents());
        return events;
    }

    /** Resumes a suspended plan (an engineer's decision): its commands are put in again at the next tick. */
    public String resume() {
        String reason = table.suspension().orElseThrow(() -> new IllegalStateException("the plan is not suspended"));
        table.resumePlan();
        follower.reset();
        return reason;
    }

    public CommandTable table() {
        return table;
    }

    public PlantDispatch dispatch() {
        return dispatch;
    }

    public PlanFollower follower() {
        return follower;
    }
}
