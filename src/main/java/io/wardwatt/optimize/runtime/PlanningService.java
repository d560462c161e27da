package io.wardwatt.optimize.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.PlanningRun;
import io.wardwatt.optimize.plans.PlanInputs;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.store.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Solves stored plans one at a time on one thread (the machine has two cores; the search itself is single-threaded),
 * taking them from a queue of plan ids. The rows are the truth: the thread claims a row before solving it and reads
 * the inputs from it, so a plan left queued or solving by a stop of the service is solved again after the restart
 * ({@link #recoverUnfinished()}).
 */
@ApplicationScoped
public class PlanningService {

    private static final Logger LOG = Logger.getLogger(PlanningService.class);

    static final String STOPPED_BEFORE_START = "stopped before it was solved: no plan";

    @Inject
    PlanTransitions transitions;

    @Inject
    PlanningMetrics metrics;

    private final DayPlanner planner = new DayPlanner();
    private final BlockingQueue<UUID> queue = new LinkedBlockingQueue<>();
    private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Running> current = new AtomicReference<>();
    private volatile boolean shuttingDown;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        metrics.watchQueue(waiting::size);
        worker = new Thread(this::work, "wardwatt-planner");
        worker.setDaemon(true);
        worker.start();
        recoverUnfinished();
    }

    void shutdown(@Observes ShutdownEvent event) {
        // The running plan stays "solving" in its row and is solved again at the next start.
        shuttingDown = true;
        Running running = current.get();
        if (running != null) {
            running.stop();
        }
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Queues every plan left queued or solving, oldest first. Runs at start-up; returns how many it queued. */
    public int recoverUnfinished() {
        List<UUID> unfinished = transitions.unfinished();
        unfinished.forEach(this::enqueue);
        if (!unfinished.isEmpty()) {
            LOG.infof("%d plan(s) left unfinished are queued again", unfinished.size());
        }
        return unfinished.size();
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanQueued event) {
        enqueue(event.id());
    }

    public int queueLength() {
        return waiting.size();
    }

    public Optional<UUID> solving() {
        return Optional.ofNullable(current.get()).map(r -> r.id);
    }

    public boolean running() {
        return worker != null && worker.isAlive();
    }

    /**
     * Stops a plan: a running search ends early and its best plan so far is stored as stopped; a queued plan is
     * stopped without a plan.
     *
     * @throws StateConflictException when the plan has finished
     */
    public StoredPlan stop(UUID id) {
        StoredPlan plan = transitions.find(id).orElseThrow(() -> new UnknownEntityException("plan", id));
        if (plan.status().finished()) {
            throw new StateConflictException("plan " + id + " is " + plan.status().code() + ": there is nothing to stop");
        }
        Running running = current.get();
        if (running != null && running.id.equals(id)) {
            running.stop();
            transitions.stopRequested(plan);
            return transitions.find(id).orElseThrow();
        }
        // Not in the solver's hands: queued, or left solving by a stop of the service. The solver thread will skip it.
        if (transitions.cancel(id, STOPPED_BEFORE_START) || transitions.stopWithoutPlan(id, STOPPED_BEFORE_START)) {
            waiting.remove(id);
            queue.remove(id);
            return transitions.find(id).orElseThrow();
        }
        StoredPlan now = transitions.find(id).orElseThrow();
        throw new StateConflictException("plan " + id + " is " + now.status().code() + ": there is nothing to stop");
    }

    private void enqueue(UUID id) {
        if (waiting.add(id)) {
            queue.add(id);
        }
    }

    private void work() {
        while (!shuttingDown) {
            UUID id;
            try {
                id = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                solve(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Plan %s could not be solved or stored", id);
            } finally {
                waiting.remove(id);
            }
        }
    }

    private void solve(UUID id) {
        // Known as current before it is claimed, so a stop in between reaches the search rather than the row.
        Running running = new Running(id);
        current.set(running);
        try {
            Optional<PlanRepository.Inputs> inputs = transitions.claim(id);
            if (inputs.isEmpty()) {
                return; // stopped while queued, or solved already
            }
            long started = System.nanoTime();
            DayPlan plan;
            try {
                Scenario scenario = PlanInputs.read(inputs.get().scenarioJson(), inputs.get().modelFiles(), "plan " + id);
                PlanningRun run = planner.prepare(scenario.problem(), scenario.solver());
                if (!running.attach(run)) {
                    transitions.stopWithoutPlan(id, STOPPED_BEFORE_START);
                    return;
                }
                plan = run.solve();
            } catch (InvalidInputException e) {
                fail(id, "the stored inputs cannot be planned: " + e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (shuttingDown) {
                    return;
                }
                LOG.errorf(e, "Planning %s failed", id);
                fail(id, "the planner failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return;
            }
            if (shuttingDown) {
                return; // left solving: solved again after the restart
            }
            PlanStatus status = running.stopRequested() ? PlanStatus.STOPPED : PlanStatus.DONE;
            if (transitions.finish(id, status, plan)) {
                metrics.solved(status, Duration.ofNanos(System.nanoTime() - started), plan);
            } else {
                LOG.infof("Plan %s was stopped while it was being solved; its result is not kept", id);
            }
        } finally {
            current.compareAndSet(running, null);
        }
    }

    private void fail(UUID id, String error) {
        if (transitions.fail(id, error)) {
            metrics.failed();
        }
    }

    /** The plan on the solver thread, and whether it was asked to stop. */
    private static final class Running {

        final UUID id;
        private PlanningRun run;
        private boolean stopRequested;

        Running(UUID id) {
            this.id = id;
        }

        /** @return false when a stop came first: the search is not to start */
        synchronized boolean attach(PlanningRun run) {
            this.run = run;
            return !stopRequested;
        }

        synchronized void stop() {
            stopRequested = true;
            if (run != null) {
                run.stop();
            }
        }

        synchronized boolean stopRequested() {
            return stopRequested;
        }
    }
}
