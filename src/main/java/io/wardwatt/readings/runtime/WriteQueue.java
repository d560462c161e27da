package io.wardwatt.readings.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Batches waiting for a writer thread, and those being written. A writer takes a flush when enough readings
 * are queued or the oldest batch has waited long enough; the queue also knows the age of the oldest batch
 * not yet committed (the writer's lag) and refuses to grow without bound: past its capacity, {@link #put}
 * answers a stage that completes only when writers have caught up, which stops the channel upstream.
 */
final class WriteQueue {

    private final int capacityReadings;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<PendingBatch> queued = new ArrayDeque<>();
    private final Map<List<PendingBatch>, Long> inFlight = new IdentityHashMap<>();
    private int queuedReadings;
    private int inFlightReadings;
    private CompletableFuture<Void> roomWaiter;
    private boolean closing;

    WriteQueue(int capacityReadings) {
        this.capacityReadings = capacityReadings;
    }

    /** Queues a batch; the stage completes at once, or when there is room again if the queue is over capacity. */
    CompletionStage<Void> put(PendingBatch batch) {
        lock.lock();
        try {
            if (closing) {
                return CompletableFuture.failedFuture(new IllegalStateException("the readings writer is stopping"));
            }
            int before = queuedReadings + inFlightReadings;
            queued.addLast(batch);
            queuedReadings += batch.size();
            changed.signalAll();
            if (before > 0 && before + batch.size() > capacityReadings) {
                roomWaiter = new CompletableFuture<>();
                return roomWaiter;
            }
            return CompletableFuture.completedFuture(null);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for a flush: when {@code flushRows} readings are queued, when the oldest batch is {@code flushAge}
     * old, or at once while closing. Takes whole batches until at least {@code flushRows} readings (one batch at
     * least). Returns an empty list once closing and empty.
     */
    List<PendingBatch> take(int flushRows, long flushAgeNanos) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (!queued.isEmpty()) {
                    long waited = System.nanoTime() - queued.peekFirst().queuedAtNanos();
                    if (closing || queuedReadings >= flushRows || waited >= flushAgeNanos) {
                        return drain(flushRows);
                    }
                    changed.awaitNanos(flushAgeNanos - waited);
                } else if (closing) {
                    return List.of();
                } else {
                    changed.await();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private List<PendingBatch> drain(int flushRows) {
        List<PendingBatch> flush = new ArrayList<>();
        int rows = 0;
        while (!queued.isEmpty() && (flush.isEmpty() || rows + queued.peekFirst().size() <= flushRows)) {
            PendingBatch next = queued.pollFirst();
            flush.add(next);
            rows += next.size();
        }
        queuedReadings -= rows;
        inFlightReadings += rows;
        inFlight.put(flush, flush.get(0).queuedAtNanos());
        return flush;
    }

    /** The flush is committed or given up: it no longer counts as pending. */
    void finished(List<PendingBatch> flush) {
        CompletableFuture<Void> room = null;
        lock.lock();
        try {
            if (inFlight.remove(flush) != null) {
                inFlightReadings -= flush.stream().mapToInt(PendingBatch::size).sum();
            }
            if (roomWaiter != null && queuedReadings + inFlightReadings <= capacityReadings) {
                room = roomWaiter;
                roomWaiter = null;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (room != null) {
            room.complete(null); // outside the lock: completing it delivers the next message on this thread
        }
    }

    /** From now on writers take what is queued without waiting, and new batches are refused. */
    void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Empties the queue (at the end of shutdown) and returns what was left, to be refused. */
    List<PendingBatch> clear() {
        lock.lock();
        try {
            List<PendingBatch> left = new ArrayList<>(queued);
            queued.clear();
            queuedReadings = 0;
            return left;
        } finally {
            lock.unlock();
        }
    }

    /** Readings queued or being written. */
    int pendingReadings() {
        lock.lock();
        try {
            return queuedReadings + inFlightReadings;
        } finally {
            lock.unlock();
        }
    }

    boolean overCapacity() {
        return pendingReadings() > capacityReadings;
    }

    /** Age in milliseconds of the oldest batch not yet committed, 0 when there is none. */
    long lagMillis() {
        lock.lock();
        try {
            long oldest = Long.MAX_VALUE;
            if (!queued.isEmpty()) {
                oldest = queued.peekFirst().queuedAtNanos();
            }
            for (long start : inFlight.values()) {
                oldest = Math.min(oldest, start);
            }
            return oldest == Long.MAX_VALUE ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - oldest);
        } finally {
            lock.unlock();
        }
    }
}
