package io.wardwatt.sim.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs the simulated hospital inside the service when {@code wardwatt.sim.enabled}: its Modbus ports open at
 * start-up, before the poller's first cycle (this observer runs early), and close at shutdown. A devices,
 * template or chiller-model file with a problem, or a port already taken, stops the start with the problem.
 */
@ApplicationScoped
public class SimulatorService {

    private static final Logger LOG = Logger.getLogger(SimulatorService.class);

    @Inject
    SimConfig config;

    private volatile ModbusHospital running;

    void start(@Observes @Priority(10) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        SimulatorOptions options = new SimulatorOptions(config.devicesFile(), config.templateDirs().orElse(List.of()), config.chillerModels(),
                config.weatherFile().orElse(null), config.seed(), config.speedFactor(), config.start().orElse(null), config.commandHold(),
                config.updateInterval(), config.counterFile().orElse(null));
        ModbusHospital hospital = SimulatorSetup.build(options, Clock.systemUTC());
        hospital.start(options.realUpdate());
        running = hospital;
        LOG.infof("simulated hospital serving %d devices from %s (%s)", hospital.ports().size(), options.devicesFile(),
                hospital.hospital().settings().weather().description());
    }

    void stop(@Observes ShutdownEvent event) {
        ModbusHospital hospital = running;
        running = null;
        if (hospital != null) {
            hospital.close();
        }
    }

    /** The running simulator, empty when it is disabled or stopped. */
    public Optional<ModbusHospital> running() {
        return Optional.ofNullable(running);
    }

    public boolean enabled() {
        return config.enabled();
    }
}
