package io.wardwatt.sim.runtime;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import io.wardwatt.acquisition.DeviceList.ConfiguredDevice;
import io.wardwatt.acquisition.RegisterCodec;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.sim.HospitalDevices;
import io.wardwatt.sim.SimClock;
import io.wardwatt.sim.SimulatedDevice;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.history.HistoryPoint;
import io.wardwatt.sim.history.LiveCounters;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulated hospital on Modbus TCP: one j2mod slave per port (normally one device each, unit id as
 * configured), register images encoded from the simulation, a daemon thread that advances the simulation to
 * the clock and exchanges every image once per update period. Plain Java: the service and the {@code sim}
 * command both run it. Always {@link #close()} it: j2mod's slaves run non-daemon threads and are kept in a
 * static map by port.
 */
public final class ModbusHospital implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModbusHospital.class.getName());
    /** Simulated time between two saves of the counters. */
    static final Duration SAVE_EVERY = Duration.ofMinutes(1);

    /** A device served: its configuration, its simulation and its registers. */
    record ServedDevice(ConfiguredDevice configured, SimulatedDevice device, DeviceRegisters registers) {
    }

    private final SimulatedHospital hospital;
    private final SimClock clock;
    private final List<ServedDevice> served = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<ModbusSlave> slaves = new ArrayList<>();
    private final Map<String, Set<String>> missingPoints = new TreeMap<>();
    private ScheduledExecutorService updates;
    private volatile Instant lastUpdate;
    private volatile String lastError;
    private CounterMemory counterMemory;
    private Instant lastSaved = Instant.MIN;
    private volatile LiveCounters countersAtStart;

    public ModbusHospital(SimulatedHospital hospital, SimClock clock, List<ConfiguredDevice> devices) {
        this.hospital = hospital;
        this.clock = clock;
        HospitalDevices simulated = new HospitalDevices(hospital);
        for (ConfiguredDevice device : devices) {
            simulated.device(device.config().code()).ifPresentOrElse(
                    d -> served.add(new ServedDevice(device, d, new DeviceRegisters(device.template()))),
                    () -> unknown.add(device.config().code()));
        }
    }

    /**
     * Keeps the counter registers across restarts in this file: they continue from the values saved there, and
     * are saved every minute and at {@link #close()}. Call before {@link #start}.
     */
    public synchronized void rememberCounters(java.nio.file.Path file) {
        counterMemory = new CounterMemory(file);
        Map<String, Double> saved = counterMemory.load();
        for (ServedDevice device : served) {
            String prefix = device.configured().config().code() + ".";
            Map<String, Double> mine = new TreeMap<>();
            saved.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    mine.put(key.substring(prefix.length()), value);
                }
            });
            device.registers().continueCounters(device.device(), hospital.now(), mine);
        }
    }

    /** Encodes the first images, opens every slave, then keeps the images current every {@code period}. */
    public synchronized void start(Duration period) {
        update();
        countersAtStart = liveCounters();
        Map<Integer, List<ServedDevice>> byPort = new LinkedHashMap<>();
        served.forEach(d -> byPort.computeIfAbsent(d.configured().config().port(), p -> new ArrayList<>()).add(d));
        try {
            for (Map.Entry<Integer, List<ServedDevice>> port : byPort.entrySet()) {
                InetAddress host = InetAddress.getByName(port.getValue().get(0).configured().config().host());
                ModbusSlave slave = ModbusSlaveFactory.createTCPSlave(host, port.getKey(), 4, false);
                slaves.add(slave);
                for (ServedDevice device : port.getValue()) {
                    slave.addProcessImage(device.configured().config().unitId(), device.registers());
                }
                slave.setThreadName("sim-modbus-" + port.getKey());
                slave.open();
            }
        } catch (ModbusException | UnknownHostException e) {
            close();
            throw new IllegalStateException("the simulator cannot serve Modbus: " + e.getMessage(), e);
        }
        updates = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sim-update");
            thread.setDaemon(true);
            return thread;
        });
        updates.scheduleAtFixedRate(this::updateSafely, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "simulated hospital: " + served.size() + " devices on " + slaves.size() + " Modbus TCP ports"
                + (unknown.isEmpty() ? "" : "; not simulated: " + unknown));
    }

    /**
     * Hands the writes received to the simulation, advances it to the clock (so the plant responds to them in
     * this step) and encodes every register image.
     */
    /**
     * Switches a served device's controller to local mode (true) or back to remote: in local mode it acknowledges
     * writes and ignores them, as a chiller whose panel an operator switched to local does.
     *
     * @throws IllegalArgumentException when no such device is served
     */
    public synchronized void localControl(String code, boolean local) {
        served.stream().filter(d -> d.configured().config().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the simulator serves no device " + code)).registers().local(local);
    }

    public synchronized void update() {
        for (ServedDevice device : served) {
            device.registers().applyWrites(device.device(), hospital.now());
        }
        hospital.advanceTo(clock.now());
        for (ServedDevice device : served) {
            Set<String> missing = device.registers().encode(device.device(), hospital.now());
            if (!missing.isEmpty() && missingPoints.put(device.configured().config().code(), missing) == null) {
                LOG.warning(() -> device.configured().config().code() + ": template " + device.configured().template().id()
                        + " points without a simulated value (left at 0): " + missing);
            }
        }
        lastUpdate = hospital.now();
        if (counterMemory != null && !clock.now().isBefore(lastSaved.plus(SAVE_EVERY))) {
            saveCounters();
            lastSaved = clock.now();
        }
    }

    private void saveCounters() {
        Map<String, Double> counters = new TreeMap<>();
        for (ServedDevice device : served) {
            String code = device.configured().config().code();
            device.registers().counters(device.device(), hospital.now()).forEach((point, value) -> counters.put(code + "." + point, value));
        }
        counterMemory.save(counters);
    }

    private void updateSafely() {
        try {
            update();
            lastError = null;
        } catch (RuntimeException e) {
            lastError = e.toString();
            LOG.log(Level.WARNING, "simulator update failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (updates != null) {
            updates.shutdownNow();
            updates = null;
        }
        if (counterMemory != null && lastUpdate != null) {
            try {
                saveCounters();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the simulator's counters could not be saved", e);
            }
        }
        for (ModbusSlave slave : slaves) {
            ModbusSlaveFactory.close(slave);
        }
        slaves.clear();
    }

    /**
     * Every served counter as a poller reads it now (register rollover, scale and resolution applied), by the site
     * point code the poller stores it under, with the simulated instant.
     */
    public synchronized LiveCounters liveCounters() {
        Map<String, Double> values = new TreeMap<>();
        for (ServedDevice device : served) {
            Map<String, Double> shown = device.registers().counters(device.device(), hospital.now());
            for (RegisterPoint point : device.configured().template().enabledPoints()) {
                Double value = shown.get(point.name());
                if (value != null && !point.function().isBits()) {
                    values.put(device.configured().config().pointCode(point),
                            RegisterCodec.decode(point, RegisterCodec.encode(point, DeviceRegisters.fit(point, value))));
                }
            }
        }
        return new LiveCounters(hospital.now(), values);
    }

    /** The counters as they stood when {@link #start} opened the ports, before any poller could read them. */
    public Optional<LiveCounters> countersAtStart() {
        return Optional.ofNullable(countersAtStart);
    }

    /** Where the simulation keeps the point the poller stores as {@code pointCode}; empty when no served device has it. */
    public Optional<HistoryPoint> historyPoint(String pointCode) {
        for (ServedDevice device : served) {
            for (RegisterPoint point : device.configured().template().enabledPoints()) {
                if (device.configured().config().pointCode(point).equals(pointCode)) {
                    return Optional.of(new HistoryPoint(pointCode, device.device().code(), point.name(), point.isCounter(), point.rollover()));
                }
            }
        }
        return Optional.empty();
    }

    /** Devices served, by code, with their ports. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        served.forEach(d -> ports.put(d.configured().config().code(), d.configured().config().port()));
        return ports;
    }

    /** Devices served, by code, with where they are served: host, port and unit id as in the devices file. */
    public Map<String, io.wardwatt.acquisition.DeviceConfig> servedDevices() {
        Map<String, io.wardwatt.acquisition.DeviceConfig> devices = new LinkedHashMap<>();
        served.forEach(d -> devices.put(d.configured().config().code(), d.configured().config()));
        return devices;
    }

    /** Device codes of the devices file that the simulation does not have. */
    public List<String> unknownDevices() {
        return List.copyOf(unknown);
    }

    public int openPorts() {
        return slaves.size();
    }

    /** The simulated instant of the last update, null before the first. */
    public Instant lastUpdate() {
        return lastUpdate;
    }

    /** The last update's failure, null when it succeeded. */
    public String lastError() {
        return lastError;
    }

    /** The simulated instant the clock shows now. */
    public Instant clockNow() {
        return clock.now();
    }

    public SimulatedHospital hospital() {
        return hospital;
    }
}
