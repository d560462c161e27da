package io.wardwatt.control.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.wardwatt.acquisition.DeviceStatus;
import io.wardwatt.acquisition.runtime.AcquisitionConfig;
import io.wardwatt.acquisition.runtime.AcquisitionService;
import io.wardwatt.acquisition.runtime.LiveValues;
import io.wardwatt.alerts.AlertMessage;
import io.wardwatt.alerts.AlertSink;
import io.wardwatt.alerts.RaisedAlert;
import io.wardwatt.alerts.Severity;
import io.wardwatt.control.Command;
import io.wardwatt.control.CommandPriority;
import io.wardwatt.control.CommandTable;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.ControlLimits;
import io.wardwatt.control.ControlLoop;
import io.wardwatt.control.DeviceDispatch;
import io.wardwatt.control.DispatchEvent;
import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.control.DispatchSettings;
import io.wardwatt.control.DispatchState;
import io.wardwatt.control.GuardVerdict;
import io.wardwatt.control.ManualOverride;
import io.wardwatt.control.PlantDispatch;
import io.wardwatt.control.PlantSnapshot;
import io.wardwatt.control.PriorityArray;
import io.wardwatt.control.WritablePointGuard;
import io.wardwatt.control.WriteGuard;
import io.wardwatt.control.store.ControlRepository;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.optimize.ApprovedPlans;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.plant.PlantChiller;
import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.plant.PlantDefinitionReader;
import io.wardwatt.plant.PumpUnit;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Plant control in the service: the command table, the plan follower and the dispatch of each chiller and pump of
 * the plant file and each polled battery (a device whose template is a battery's: the plan may command its power),
 * built at start-up and restored from what was stored (open faults, an open suspension, active
 * overrides). Each {@link #tick} puts the approved plan's slot in at its boundary, watches the critical zones, writes
 * what is due through {@link PlantWriterPort} and stores every event. Nothing is written unless
 * {@code wardwatt.control.enabled=true}. One lock serialises ticks and {@link EngineerActions}.
 */
@ApplicationScoped
public class PlantControl {

    private static final Logger LOG = Logger.getLogger(PlantControl.class);
    /** The device kind of battery templates (wardwatt-battery). */
    static final String BATTERY_KIND = "battery";

    @Inject
    ControlConfig config;

    @Inject
    AcquisitionConfig acquisitionConfig;

    @Inject
    AcquisitionService acquisition;

    @Inject
    LiveValues live;

    @Inject
    ApprovedPlans approved;

    @Inject
    ControlRepository store;

    @Inject
    PlantWriterPort port;

    @Inject
    MeterRegistry registry;

    @Inject
    AlertSink alerts;

    private PlantDefinition plant;
    private Set<String> chillers = Set.of();
    private Set<String> pumps = Set.of();
    private Set<String> batteries = Set.of();
    private CommandTable table;
    private PlantDispatch dispatch;
    private ControlLoop loop;
    private LiveSnapshots snapshots;
    private String unavailable = "not started";
    private volatile Instant lastTick;

    // after acquisition (APPLICATION + 900), whose devices dispatch writes to
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (config.enabled() && !acquisitionConfig.writesEnabled()) {
            throw new IllegalStateException("wardwatt.control.enabled=true needs wardwatt.acquisition.writes-enabled=true: control writes through "
                    + "acquisition's plant writer, which is off");
        }
        try {
            start(PlantDefinitionReader.readFile(config.plantFile()), Instant.now());
        } catch (RuntimeException e) {
            if (config.enabled()) {
                throw new IllegalStateException("plant control is enabled but its plant file " + config.plantFile() + " cannot be read: "
                        + e.getMessage(), e);
            }
            unavailable = "plant file " + config.plantFile() + " not readable: " + e.getMessage();
            LOG.warnf("Plant control unavailable (control is off): %s", unavailable);
        }
    }

    synchronized void start(PlantDefinition definition, Instant now) {
        plant = definition;
        List<String> chillerIds = definition.chillers().stream().map(PlantChiller::id).toList();
        chillers = new LinkedHashSet<>(chillerIds);
        pumps = new LinkedHashSet<>(definition.pumps().stream().map(PumpUnit::id).toList());
        batteries = new LinkedHashSet<>(polledBatteries());
        WriteGuard writable = this::writable;
        ControlLimits limits = new ControlLimits(config.setpointRateKPerMin(), config.setpointMinInterval(), config.planMargin(),
                new DispatchSettings(config.renewEvery(), config.backoffFirst(), config.backoffMax(), config.readBackTolerance()));
        List<String> devices = new ArrayList<>(chillers);
        devices.addAll(pumps);
        devices.addAll(batteries);
        loop = ControlLoop.assemble(definition, devices, writable, limits, port);
        table = loop.table();
        dispatch = loop.dispatch();
        snapshots = new LiveSnapshots(live, chillerIds, config.supplyPoint());
        unavailable = null;
        restore(now);
        registry.gauge("wardwatt.control.faults", this, c -> c.faultCount());
        LOG.infof("Plant control %s: %d chillers, %d pumps, batteries %s, %d critical zone(s) from %s", config.enabled()
                ? "ENABLED (writes to the plant)" : "off (nothing is written)", chillers.size(), pumps.size(), batteries,
                definition.criticalZones().size(), config.plantFile());
    }

    /** What was open before a restart stays open: faulted devices stay faulted, a suspended plan suspended, overrides in force. */
    private void restore(Instant now) {
        String site = config.site();
        store.openFaults(site).forEach((device, open) -> {
            DeviceDispatch device1 = dispatch.device(device);
            if (device1 != null) {
                device1.restoreFault(open.reason());
            }
        });
        store.openSuspension(site).ifPresent(open -> table.suspendPlan(open.reason(), now));
        PlantSnapshot snapshot = snapshots.at(now);
        for (ManualOverride override : store.activeOverrides(site, now)) {
            GuardVerdict verdict = table.command(override.point(), override.command(), now, snapshot);
            if (verdict.outcome() == GuardVerdict.Outcome.REFUSE) {
                LOG.warnf("Override %s of %s not restored: %s", override.id(), override.point(), verdict.reason());
            }
        }
    }

    /**
     * Every device control would write to, read afresh from its plant file and the poller: the plant file's chillers
     * and pumps and the polled batteries. What a start-up check (the demo's: simulator only) must see before control runs.
     */
    public Set<String> devicesToCommand() {
        PlantDefinition definition = PlantDefinitionReader.readFile(config.plantFile());
        Set<String> devices = new LinkedHashSet<>();
        definition.chillers().forEach(c -> devices.add(c.id()));
        definition.pumps().forEach(p -> devices.add(p.id()));
        devices.addAll(polledBatteries());
        return devices;
    }

    /** The polled devices whose template is a battery's (deviceKind battery), by code. */
    private List<String> polledBatteries() {
        return acquisition.statuses().stream().map(DeviceStatus::code).filter(code -> acquisition.runner(code)
                .map(runner -> BATTERY_KIND.equals(runner.poller().template().deviceKind())).orElse(false)).toList();
    }

    private GuardVerdict writable(io.wardwatt.control.ProposedWrite write) {
        String device = write.point().device();
        if (!commands(device)) {
            // a command no dispatch would ever write is refused, not stored to be silently left undone
            return GuardVerdict.refuse("device " + device + " is not a chiller or pump of the plant file nor a polled battery: control does "
                    + "not command it");
        }
        return acquisition.runner(device).map(runner -> new WritablePointGuard(Map.of(device, runner.poller().template())).check(write))
                .orElseGet(() -> GuardVerdict.refuse("device " + device + " is not polled (not in the devices file, or switched off): nothing can "
                        + "be written to it"));
    }

    /** One dispatch round at {@code now}; does nothing while control is off. */
    public void tick(Instant now) {
        if (!config.enabled() || table == null) {
            return;
        }
        long started = System.nanoTime();
        Optional<SlotInForce> slot = approved.current(config.site(), now);
        List<DispatchEvent> events;
        synchronized (this) {
            PlantSnapshot snapshot = snapshots.at(now);
            boolean wasSuspended = table.suspension().isPresent();
            events = loop.tick(slot, snapshot);
            if (!wasSuspended && table.suspension().isPresent()) {
                store.suspend(config.site(), now, table.suspension().get());
                LOG.errorf("Plan suspended: %s", table.suspension().get());
            }
        }
        for (DispatchEvent event : events) {
            if (event.type() == Type.READ_BACK_FAILED && store.raiseFault(config.site(), event.device(), now, event.text())) {
                // one alert per fault, on the alert list with the standby and meter-balance alerts
                alerts.raise(new RaisedAlert("plant-control-fault", config.site(), event.device(), now.toString(), now, now.plusSeconds(1),
                        Severity.CRITICAL, event.text(), null, null, null, AlertMessage.of("alert.text.plant-control-fault", "device",
                        event.device(), "point", event.point().point(), "detail", event.text())));
                LOG.errorf("Dispatch fault on %s: %s (no more writes to it until an engineer acknowledges)", event.device(), event.text());
            }
            registry.counter("wardwatt.control.events", "type", event.type().name()).increment();
        }
        store.append(config.site(), events, "dispatch");
        registry.timer("wardwatt.control.tick").record(Duration.ofNanos(System.nanoTime() - started));
        lastTick = Instant.now();
    }

    // --- what EngineerActions changes, under the same lock as the ticks ---

    /** Puts a command in (an override), if the admission guards let it; the verdict says why not. */
    synchronized GuardVerdict admit(CommandedPoint point, Command command, Instant now) {
        requireWriting("an override would not be carried out");
        return table.command(point, command, now, snapshots.at(now));
    }

    /** Takes a released override out of its level, unless another command has replaced it there since. */
    synchronized void withdraw(ManualOverride override, Instant now) {
        if (table != null && table.array(override.point()).at(override.priority(), now)
                .filter(c -> c.source().contains(override.id().toString())).isPresent()) {
            table.relinquish(override.point(), override.priority());
        }
    }

    /** Lets dispatch write to a faulted device again; returns the device's events (the acknowledgement). */
    synchronized List<DispatchEvent> clearFault(String device, String actor, Instant now) {
        DeviceDispatch dispatched = dispatch.device(device);
        dispatched.acknowledge(now, actor);
        return dispatched.drainEvents();
    }

    /** Resumes the suspended plan; returns what it was suspended for. */
    synchronized String resumePlan() {
        if (table == null || table.suspension().isEmpty()) {
            throw new StateConflictException("the plan is not suspended");
        }
        return loop.resume();
    }

    boolean commands(String device) {
        return chillers.contains(device) || pumps.contains(device) || batteries.contains(device);
    }

    Set<String> chillers() {
        return chillers;
    }

    Set<String> pumps() {
        return pumps;
    }

    Set<String> batteries() {
        return batteries;
    }

    public synchronized ControlStatus status(Instant now) {
        Optional<SlotInForce> slot = approved.current(config.site(), now);
        ControlStatus.PlanInForce plan = slot.map(s -> new ControlStatus.PlanInForce(s.planId(), s.advisory() ? "advisory" : "dispatch",
                s.slotIndex(), s.from(), s.until(), s.supplySetpointC())).orElse(null);
        if (table == null) {
            return new ControlStatus(config.site(), false, now, plan, null, List.of());
        }
        ControlStatus.Suspension suspended = store.openSuspension(config.site()).map(o -> new ControlStatus.Suspension(o.since(), o.reason()))
                .orElse(null);
        Map<String, ControlRepository.Open> faults = store.openFaults(config.site());
        List<ControlStatus.Device> devices = new ArrayList<>();
        for (String code : codes()) {
            DeviceDispatch device = dispatch.device(code);
            List<ControlStatus.Point> points = new ArrayList<>();
            for (PriorityArray array : table.ofDevice(code)) {
                List<ControlStatus.Level> levels = array.active(now).stream().map(PlantControl::level).toList();
                var last = device.lastWrite(array.point());
                points.add(new ControlStatus.Point(array.point().point(), array.point().kind().name(), levels.isEmpty() ? null : levels.get(0), levels,
                        last == null ? null : last.value(), last == null ? null : last.at()));
            }
            ControlRepository.Open fault = faults.get(code);
            devices.add(new ControlStatus.Device(code, device.state().name(), fault == null ? null : fault.reason(),
                    fault == null ? null : fault.since(), points));
        }
        return new ControlStatus(config.site(), config.enabled(), now, plan, suspended, devices);
    }

    public List<ControlRepository.StoredEvent> events(Instant from, Instant until, String device, String type, int limit) {
        return store.events(config.site(), from, until, device, type, limit);
    }

    public List<ManualOverride> activeOverrides(Instant now) {
        return store.activeOverrides(config.site(), now);
    }

    public Optional<ManualOverride> findOverride(UUID id) {
        return store.override(id);
    }

    /** Why control cannot run, if it cannot (for the health check); empty when it is set up. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** The plant file control was built from (empty when it could not be read). */
    public synchronized Optional<PlantDefinition> plant() {
        return Optional.ofNullable(plant);
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Optional<Instant> lastTick() {
        return Optional.ofNullable(lastTick);
    }

    public synchronized Optional<DispatchState> deviceState(String code) {
        return dispatch == null || dispatch.device(code) == null ? Optional.empty() : Optional.of(dispatch.device(code).state());
    }

    /** Whether the plan is suspended now (in memory, for the health check). */
    synchronized boolean planSuspended() {
        return table != null && table.suspension().isPresent();
    }

    /** How many devices dispatch holds in FAULT now (in memory, for the health check and the gauge). */
    synchronized int faultCount() {
        return dispatch == null ? 0 : (int) codes().stream().filter(c -> dispatch.device(c).state() == DispatchState.FAULT).count();
    }

    private List<String> codes() {
        List<String> codes = new ArrayList<>(chillers);
        codes.addAll(pumps);
        codes.addAll(batteries);
        return codes;
    }

    private void requireWriting(String consequence) {
        if (!config.enabled()) {
            throw new StateConflictException("Plant control is off (wardwatt.control.enabled=false): nothing is written to the plant, so "
                    + consequence);
        }
        if (table == null) {
            throw new StateConflictException("Plant control is unavailable: " + unavailable);
        }
    }

    private static ControlStatus.Level level(Command command) {
        return new ControlStatus.Level(command.priority().level(), command.value(), command.source(), command.expiresAt());
    }
}
