package io.wardwatt.control.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Runs plant control every {@code wardwatt.control.tick} (10 s by default; {@code off} in tests, which tick themselves). */
@ApplicationScoped
public class ControlTicker {

    private static final Logger LOG = Logger.getLogger(ControlTicker.class);

    @Inject
    PlantControl control;

    @ScheduledWork

    @Scheduled(every = "{wardwatt.control.tick}", identity = "wardwatt-plant-control", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            control.tick(Instant.now());
        } catch (RuntimeException e) {
            // the next tick tries again; the health check reports a control loop that stopped ticking
            LOG.errorf(e, "Plant control tick failed: %s", e.getMessage());
        }
    }
}
