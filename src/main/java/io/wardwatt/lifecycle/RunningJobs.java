package io.wardwatt.lifecycle;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The scheduled jobs running now, so that a stop can end them before the datasource closes. Quarkus fires
 * {@link ShutdownEvent} before it destroys the beans (the datasource among them) but does not wait for a {@code @Scheduled}
 * method that is running: a rollup pass then went on writing into a closing pool and logged two ERRORs with their stack
 * traces. On {@link ShutdownEvent}, first among the service's observers, this pauses the scheduler (no new run starts),
 * tells long jobs to end at their next safe point ({@link #stopRequested()}), and waits for the running ones to return.
 */
@ApplicationScoped
public class RunningJobs {

    private static final Logger LOG = Logger.getLogger(RunningJobs.class);

    /** Before every other stop observer of the service (they default to APPLICATION + 500). */
    static final int FIRST = Interceptor.Priority.PLATFORM_BEFORE;

    @Inject
    Scheduler scheduler;

    @Inject
    ShutdownConfig config;

    private final TreeMap<String, Integer> running = new TreeMap<>();
    private boolean stopping;

    /** @return false when the service is stopping: the run must not start */
    synchronized boolean enter(String job) {
        if (stopping) {
            LOG.debugf("%s not started: the service is stopping", job);
            return false;
        }
        running.merge(job, 1, Integer::sum);
        return true;
    }

    synchronized void exit(String job) {
        running.computeIfPresent(job, (k, n) -> n == 1 ? null : n - 1);
        notifyAll();
    }

    /** True once the service is stopping: a long job ends at its next safe point (its remaining work is picked up on the next start). */
    public synchronized boolean stopRequested() {
        return stopping;
    }

    /** The jobs running now, by name. */
    public synchronized List<String> running() {
        return new ArrayList<>(running.keySet());
    }

    void stop(@Observes @Priority(FIRST) ShutdownEvent event) throws InterruptedException {
        synchronized (this) {
            stopping = true;
        }
        if (scheduler.isRunning()) {
            scheduler.pause();
        }
        long started = System.nanoTime();
        long deadline = started + config.jobsTimeout().toNanos();
        synchronized (this) {
            List<String> waitedFor = new ArrayList<>(running.keySet());
            while (!running.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
            }
            if (!running.isEmpty()) {
                LOG.warnf("Stopping with scheduled jobs still running after %d s: %s; their work is cut off and redone on the next start",
                        config.jobsTimeout().toSeconds(), String.join(", ", running.keySet()));
            } else if (!waitedFor.isEmpty()) {
                LOG.infof("Stopping: waited %d ms for %s to end", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                        String.join(", ", waitedFor));
            }
        }
    }
}
