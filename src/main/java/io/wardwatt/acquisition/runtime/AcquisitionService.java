package io.wardwatt.acquisition.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wardwatt.acquisition.CycleOutcome;
import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.DevicePoller;
import io.wardwatt.acquisition.DeviceStatus;
import io.wardwatt.acquisition.PolledValue;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.ReadingBatch;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Runs the pollers: at start-up (after the site seed) it loads the templates and the devices file, makes sure
 * each device and its points exist in the site model, and starts one {@link DeviceRunner} per device. A device
 * whose configuration disagrees with the site model is DISABLED with the reason; the others run.
 */
@ApplicationScoped
public class AcquisitionService {

    private static final Logger LOG = Logger.getLogger(AcquisitionService.class);

    @Inject
    AcquisitionConfig config;

    @Inject
    DeviceProvisioning provisioning;

    @Inject
    PolledReadingsSender sender;

    @Inject
    AcquisitionMetrics metrics;

    @Inject
    LiveValues live;

    private final Map<String, DeviceRunner> runners = new ConcurrentHashMap<>();
    private final Map<String, DeviceStatus> disabled = new ConcurrentHashMap<>();
    private volatile TemplateCatalog catalog;
    private volatile String devicesFileNote = "not configured";

    // after the site seed loader (default priority), which creates the site the devices belong to
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        TemplateCatalog templates = templates();
        LOG.infof("Acquisition: %d device templates (%s)", templates.ids().size(), String.join(", ", templates.ids()));
        if (!config.enabled()) {
            devicesFileNote = "acquisition disabled (wardwatt.acquisition.enabled=false)";
            return;
        }
        config.devicesFile().ifPresent(this::startFile);
    }

    void onStop(@Observes ShutdownEvent event) {
        List.copyOf(runners.keySet()).forEach(this::stop);
    }

    /** The templates: shipped plus configured directories (loaded once; invalid ones stop the start). */
    public TemplateCatalog templates() {
        TemplateCatalog loaded = catalog;
        if (loaded == null) {
            loaded = TemplateCatalog.load(config.templateDirs().orElse(List.of()));
            catalog = loaded;
        }
        return loaded;
    }

    /** What happened to the configured devices file, for health and the API. */
    public String devicesFileNote() {
        return devicesFileNote;
    }

    private void startFile(Path file) {
        if (!Files.isRegularFile(file)) {
            devicesFileNote = file + " not found: no device is polled";
            LOG.warnf("Acquisition: devices file %s not found; no device is polled", file);
            return;
        }
        DeviceList list = DeviceList.readFile(file); // an invalid file stops the start, naming every problem
        List<String> started = start(list);
        devicesFileNote = file + ": " + list.devices().size() + " devices, " + started.size() + " polled";
        LOG.infof("Acquisition: %s", devicesFileNote);
    }

    /**
     * Starts polling the devices of a list (tests and the start-up use this): each is provisioned in the site
     * model and gets its own runner. A device already running is restarted with the new configuration.
     *
     * @return the codes of the devices now polled (without those disabled)
     * @throws InvalidInputException when a template is unknown or an override does not fit (nothing started)
     */
    public List<String> start(DeviceList list) {
        return start(list, config.site());
    }

    /** As {@link #start(DeviceList)}, provisioning the devices in the given site (tests use sites of their own). */
    public List<String> start(DeviceList list, String siteCode) {
        List<DeviceList.ConfiguredDevice> devices = list.resolve(templates());
        List<String> started = new ArrayList<>();
        for (DeviceList.ConfiguredDevice device : devices) {
            String code = device.config().code();
            stop(code);
            if (!device.config().enabled()) {
                disabled.put(code, DeviceStatus.disabled(device.config(), "switched off in the devices file (enabled: false)", Instant.now()));
                continue;
            }
            Map<String, Integer> ids;
            try {
                ids = provisioning.ensure(siteCode, device.config(), device.template());
            } catch (InvalidInputException e) {
                String reason = "configuration error: " + e.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
                disabled.put(code, DeviceStatus.disabled(device.config(), reason, Instant.now()));
                LOG.errorf("Acquisition: device %s is not polled: %s", code, reason);
                continue;
            }
            DevicePoller poller = new DevicePoller(device.config(), device.template(), new J2modConnector(), config.pollerSettings(),
                    Clock.systemUTC());
            DeviceRunner runner = new DeviceRunner(poller, (p, outcome) -> cycled(p, outcome, ids));
            runners.put(code, runner);
            metrics.watch(code, runner::status);
            runner.start();
            started.add(code);
        }
        return started;
    }

    /** Stops polling a device and closes its connection; its status is forgotten. */
    public void stop(String code) {
        DeviceRunner runner = runners.remove(code);
        disabled.remove(code);
        if (runner != null) {
            runner.close();
            metrics.forget(code);
            live.forget(code);
        }
    }

    public Optional<DeviceRunner> runner(String code) {
        return Optional.ofNullable(runners.get(code));
    }

    /** Every configured device's latest status, by code. */
    public List<DeviceStatus> statuses() {
        return Stream.concat(runners.values().stream().map(DeviceRunner::status), disabled.values().stream())
                .sorted(Comparator.comparing(DeviceStatus::code)).toList();
    }

    public Optional<DeviceStatus> status(String code) {
        DeviceRunner runner = runners.get(code);
        return runner != null ? Optional.of(runner.status()) : Optional.ofNullable(disabled.get(code));
    }

    private void cycled(DevicePoller poller, CycleOutcome outcome, Map<String, Integer> ids) {
        String code = poller.device().code();
        metrics.cycled(code, outcome);
        if (!outcome.errors().isEmpty() && outcome.values().isEmpty()) {
            LOG.debugf("Device %s: cycle failed: %s", code, outcome.errors().get(0).describe());
        }
        if (outcome.values().isEmpty()) {
            return;
        }
        live.update(code, outcome.values());
        List<Reading> readings = new ArrayList<>(outcome.values().size());
        for (PolledValue v : outcome.values()) {
            readings.add(new Reading(ids.get(v.point().name()), v.ts(), v.value(), v.quality()));
        }
        sender.send(code, new ReadingBatch(poller.device().source(), readings));
    }
}
