package io.wardwatt.control;

import io.wardwatt.control.DispatchEvent.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole plant's dispatch for one tick: first the critical zones (a breach suspends the plan before anything
 * is written), then each device in turn; a device in FAULT or backing off does not hold up the others.
 */
public final class PlantDispatch {

    private final CommandTable table;
    private final ZoneLimitMonitor monitor;
    private final Map<String, DeviceDispatch> devices = new LinkedHashMap<>();
    private final List<DispatchEvent> events = new ArrayList<>();

    public PlantDispatch(CommandTable table, ZoneLimitMonitor monitor, List<DeviceDispatch> devices) {
        this.table = table;
        this.monitor = monitor;
        devices.forEach(d -> this.devices.put(d.code(), d));
    }

    public void tick(PlantSnapshot plant) {
        Instant now = plant.at();
        List<ZoneBreach> breaches = monitor.observe(plant);
        if (!breaches.isEmpty() && table.suspension().isEmpty()) {
            String reason = breaches.get(0).toString();
            List<CommandedPoint> released = table.suspendPlan(reason, now);
            events.add(new DispatchEvent(now, Type.PLAN_SUSPENDED, null, null, reason + "; plan commands relinquished on " + released
                    + ", control returns to the plant"));
        }
        for (DeviceDispatch device : devices.values()) {
            device.run(now, plant);
            events.addAll(device.drainEvents());
        }
    }

    public DeviceDispatch device(String code) {
        return devices.get(code);
    }

    public CommandTable table() {
        return table;
    }

    public List<DispatchEvent> drainEvents() {
        List<DispatchEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
