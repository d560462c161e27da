package io.wardwatt.acquisition.runtime;

import io.wardwatt.acquisition.CycleOutcome;
import io.wardwatt.acquisition.DevicePoller;
import io.wardwatt.acquisition.DeviceStatus;
import io.wardwatt.acquisition.ModbusFailure;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Drives one device's poller on a thread of its own: a cycle starts every interval (measured from the start
 * of the previous one; an overrun starts the next at once), or after the back-off delay when cycles fail. No
 * other device shares the thread, so a device that times out delays only itself. Writes run on the same thread
 * between cycles, so the device's one connection is never used by two threads.
 */
public final class DeviceRunner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeviceRunner.class);

    /** Told of every cycle, on the device's thread. */
    @FunctionalInterface
    public interface CycleListener {
        void cycled(DevicePoller poller, CycleOutcome outcome);
    }

    private final DevicePoller poller;
    private final CycleListener listener;
    private final ScheduledExecutorService thread;
    private volatile boolean stopped;

    public DeviceRunner(DevicePoller poller, CycleListener listener) {
        this.poller = poller;
        this.listener = listener;
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "modbus-" + poller.device().code());
            t.setDaemon(true);
            return t;
        });
    }

    public DeviceRunner start() {
        thread.execute(this::cycle);
        return this;
    }

    public DevicePoller poller() {
        return poller;
    }

    public DeviceStatus status() {
        return poller.status();
    }

    /**
     * Runs work on the device's connection, on its thread, after the running cycle.
     *
     * @param wait how long the caller waits (the running cycle plus the work)
     */
    public <T> T onConnection(DevicePoller.ConnectionWork<T> work, Duration wait) throws ModbusFailure {
        Future<T> done;
        try {
            done = thread.submit(() -> poller.withConnection(work));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("device " + poller.device().code() + " is stopped", e);
        }
        try {
            return done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModbusFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            done.cancel(false);
            throw new IllegalStateException("device " + poller.device().code() + " did not finish within " + wait.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void cycle() {
        if (stopped) {
            return;
        }
        Duration next = poller.device().interval();
        try {
            CycleOutcome outcome = poller.cycle();
            next = outcome.nextDelay().minus(outcome.cycleTime());
            listener.cycled(poller, outcome);
        } catch (RuntimeException e) {
            // never let one bad cycle end the device's polling
            LOG.errorf(e, "Device %s: cycle failed unexpectedly", poller.device().code());
        } finally {
            if (!stopped) {
                try {
                    thread.schedule(this::cycle, Math.max(0, next.toMillis()), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException shuttingDown) {
                    // stopped between the check and the schedule
                }
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warnf("Device %s: its thread did not stop within 5 s", poller.device().code());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        poller.close();
    }
}
