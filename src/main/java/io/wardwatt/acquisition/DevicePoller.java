package io.wardwatt.acquisition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Polls one device: one connection, the requests of its plan in order (with the optional pause between them),
 * decoding, stale detection, and the device's own state with back-off. Each device has its own poller, driven
 * by its own thread, so a slow or silent device delays nobody else. A lost connection (timeout, reset) ends the
 * cycle and is reopened at the next one; an exception response fails only its request.
 */
public final class DevicePoller {

    /** Work done on the device's connection between cycles (a write and its read-back). */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(ModbusClient client) throws ModbusFailure;
    }

    private final DeviceConfig device;
    private final DeviceTemplate template;
    private final ReadPlan plan;
    private final ModbusConnector connector;
    private final PollerSettings settings;
    private final Clock clock;
    private final StaleWatch stale;
    private final Map<String, Long> errorsByKind = new TreeMap<>();

    private ModbusClient client;
    private long cycles;
    private long failedCycles;
    private int consecutiveFailures;
    private Instant lastSuccessAt;
    private String lastError;
    private Instant lastErrorAt;
    private List<String> lastErrors = List.of();
    private volatile DeviceStatus status;

    public DevicePoller(DeviceConfig device, DeviceTemplate template, ModbusConnector connector, PollerSettings settings, Clock clock) {
        this.device = device;
        this.template = template;
        this.plan = ReadPlan.of(template, settings.limitsFor(device));
        this.connector = connector;
        this.settings = settings;
        this.clock = clock;
        this.stale = new StaleWatch(template.enabledPoints(), device.interval(), settings, clock.instant());
        this.status = snapshot(DeviceState.STARTING, null, null, 0, clock.instant());
    }

    public DeviceConfig device() {
        return device;
    }

    public DeviceTemplate template() {
        return template;
    }

    public ReadPlan plan() {
        return plan;
    }

    /** The latest snapshot; never blocks on a running cycle. */
    public DeviceStatus status() {
        return status;
    }

    /** Runs one cycle now. Called by the device's own thread only. */
    public synchronized CycleOutcome cycle() {
        Instant started = clock.instant();
        List<RequestError> errors = new ArrayList<>();
        List<PolledValue> read = new ArrayList<>();
        int made = 0;
        int answered = 0;
        if (client == null) {
            try {
                client = connector.connect(ModbusEndpoint.of(device));
            } catch (ModbusFailure f) {
                errors.add(new RequestError("connect " + ModbusEndpoint.of(device), f.kind(), 0, f.getMessage(), clock.instant()));
            }
        }
        for (int i = 0; client != null && i < plan.requests().size(); i++) {
            ReadRequest request = plan.requests().get(i);
            if (i > 0 && !pause(device.requestDelay())) {
                break;
            }
            made++;
            try {
                List<ReadRequest.PointValue> values = request.function().isBits()
                        ? request.decodeBits(client.readBits(request.function(), request.start(), request.count()))
                        : request.decode(client.readRegisters(request.function(), request.start(), request.count()));
                Instant arrived = clock.instant();
                answered++;
                for (ReadRequest.PointValue v : values) {
                    if (Double.isFinite(v.value())) {
                        read.add(new PolledValue(v.point(), arrived, v.value(), null));
                    } else {
                        errors.add(new RequestError(request + " point " + v.point().name(), FailureKind.INVALID_VALUE, 0,
                                "the register holds " + v.value(), arrived));
                    }
                }
            } catch (ModbusFailure f) {
                errors.add(new RequestError(request.toString(), f.kind(), f.exceptionCode(), f.getMessage(), clock.instant()));
                if (f.kind().losesConnection()) {
                    closeConnection();
                    break;
                }
            }
        }
        Instant ended = clock.instant();
        List<PolledValue> values = stale.evaluate(read, ended);
        DeviceState state = account(errors, answered, ended);
        Duration nextDelay = settings.delayAfter(device.interval(), consecutiveFailures);
        status = snapshot(state, started, Duration.between(started, ended), made, ended.plus(nextDelay));
        return new CycleOutcome(values, made, errors, Duration.between(started, ended), nextDelay, state);
    }

    /** Runs work on this device's connection (opened if needed), between cycles. */
    public synchronized <T> T withConnection(ConnectionWork<T> work) throws ModbusFailure {
        if (client == null) {
            client = connector.connect(ModbusEndpoint.of(device));
        }
        try {
            return work.run(client);
        } catch (ModbusFailure f) {
            if (f.kind().losesConnection()) {
                closeConnection();
            }
            throw f;
        }
    }

    public synchronized void close() {
        closeConnection();
    }

    private DeviceState account(List<RequestError> errors, int answered, Instant now) {
        cycles++;
        for (RequestError e : errors) {
            errorsByKind.merge(e.kind().tag(), 1L, Long::sum);
        }
        if (!errors.isEmpty()) {
            lastErrors = errors.stream().map(RequestError::describe).toList();
            lastError = lastErrors.get(0);
            lastErrorAt = now;
        }
        boolean readNothing = answered == 0 && plan.requestCount() > 0;
        if (readNothing) {
            failedCycles++;
            consecutiveFailures++;
            return consecutiveFailures >= settings.faultyAfter() ? DeviceState.FAULTY : DeviceState.DEGRADED;
        }
        consecutiveFailures = 0;
        lastSuccessAt = now;
        return errors.isEmpty() ? DeviceState.OK : DeviceState.DEGRADED;
    }

    private DeviceStatus snapshot(DeviceState state, Instant cycleAt, Duration cycleTime, int made, Instant nextPollAt) {
        Instant now = clock.instant();
        return new DeviceStatus(device.code(), template.id(), ModbusEndpoint.of(device).toString(), state, template.enabledPoints().size(),
                plan.requestCount(), cycles, failedCycles, consecutiveFailures, cycleAt, cycleTime, made, lastSuccessAt, lastError, lastErrorAt,
                errorsByKind, stale.stalePoints(now).stream().sorted().toList(), lastErrors, nextPollAt);
    }

    private boolean pause(Duration delay) {
        if (delay.isZero()) {
            return true;
        }
        try {
            Thread.sleep(delay.toMillis()); // gateways that need a gap between requests; this device's own thread
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeConnection() {
        if (client != null) {
            try {
                client.close();
            } finally {
                client = null;
            }
        }
    }
}
