package io.wardwatt.readings.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wardwatt.readings.DurationText;
import io.wardwatt.readings.MonthlyPartition;
import io.wardwatt.readings.ReadingBatch;
import io.wardwatt.readings.StorageMode;
import io.wardwatt.readings.WriteOutcome;
import io.wardwatt.readings.store.MonthlyPartitions;
import io.wardwatt.readings.store.SqlFailures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The batched writer behind the {@code readings} channel. Writer threads take flushes from the
 * {@link WriteQueue} (by size or age), store each in one transaction, and only then acknowledge its messages,
 * with the {@link WriteOutcome} as ack metadata, so a sender can wait for durability. A transient database
 * failure (connection refused or closed, deadlock) retries the whole flush with back-off, for as long as it
 * takes: nothing is lost and nothing partial is committed. A flush that fails for good is retried batch by
 * batch, so one poisonous batch is refused (nack) without its neighbours.
 */
@ApplicationScoped
public class ReadingWriter {

    private static final Logger LOG = Logger.getLogger(ReadingWriter.class);

    @Inject
    ReadingsConfig config;

    @Inject
    BatchCommit commit;

    @Inject
    MonthlyPartitions partitions;

    @Inject
    ReadingStorage storage;

    @Inject
    ReadingsMetrics metrics;

    private WriteQueue queue;
    private final List<Thread> threads = new ArrayList<>();

    @PostConstruct
    void init() {
        queue = new WriteQueue(config.writer().maxQueuedReadings());
        metrics.watchQueue(queue::pendingReadings);
    }

    void onStart(@Observes StartupEvent event) {
        for (int i = 0; i < config.writer().threads(); i++) {
            Thread thread = new Thread(this::run, "readings-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        queue.close();
        long deadline = System.nanoTime() + config.writer().drainOnShutdown().toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        threads.forEach(Thread::interrupt);
        for (PendingBatch left : queue.clear()) {
            left.message().nack(new IllegalStateException("the service stopped before this batch was written; send it again"));
        }
    }

    /** Takes a batch from the channel; the stage completes when the queue has room for more. */
    CompletionStage<Void> enqueue(Message<ReadingBatch> message) {
        return queue.put(new PendingBatch(message, System.nanoTime()));
    }

    /** Readings queued or being written. */
    public int pendingReadings() {
        return queue.pendingReadings();
    }

    /** True when the queue holds more than its capacity: senders should back off. */
    public boolean overloaded() {
        return queue.overCapacity();
    }

    /** Age in milliseconds of the oldest batch not yet committed. */
    public long lagMillis() {
        return queue.lagMillis();
    }

    private void run() {
        long flushAgeNanos = config.writer().flushAge().toNanos();
        try {
            while (true) {
                List<PendingBatch> flush = queue.take(config.writer().flushRows(), flushAgeNanos);
                if (flush.isEmpty()) {
                    return;
                }
                try {
                    writeWithRetry(flush, true);
                } finally {
                    queue.finished(flush);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeWithRetry(List<PendingBatch> flush, boolean mayDivide) throws InterruptedException {
        Duration backoff = config.writer().retryInitialBackoff();
        int attempt = 1;
        while (true) {
            try {
                List<WriteOutcome> outcomes = write(flush);
                acknowledge(flush, outcomes);
                return;
            } catch (RuntimeException | SQLException e) {
                if (SqlFailures.isTransient(e)) {
                    LOG.warnf("Writing %d readings failed (attempt %d), retrying in %s: %s", count(flush), attempt, DurationText.of(backoff), e.getMessage());
                    try {
                        TimeUnit.NANOSECONDS.sleep(backoff.toNanos());
                    } catch (InterruptedException stopping) {
                        // Shutdown gave up waiting for the database: tell the senders rather than keep them waiting.
                        refuse(flush, e);
                        throw stopping;
                    }
                    backoff = min(backoff.multipliedBy(2), config.writer().retryMaxBackoff());
                    attempt++;
                } else if (mayDivide && flush.size() > 1) {
                    LOG.warnf("Writing a flush of %d batches failed (%s); writing them one by one", flush.size(), e.getMessage());
                    for (PendingBatch batch : flush) {
                        writeWithRetry(List.of(batch), false);
                    }
                    return;
                } else {
                    LOG.errorf(e, "Refusing a batch of %d readings from %s", count(flush), flush.get(0).batch().source());
                    refuse(flush, e);
                    return;
                }
            }
        }
    }

    private List<WriteOutcome> write(List<PendingBatch> flush) throws SQLException {
        List<ReadingBatch> batches = flush.stream().map(PendingBatch::batch).toList();
        if (storage.mode() == StorageMode.PARTITIONED) {
            Set<MonthlyPartition> months = new TreeSet<>();
            batches.forEach(b -> months.addAll(b.months()));
            List<MonthlyPartition> missing = partitions.missing(months);
            if (!missing.isEmpty()) {
                partitions.create(missing);
            }
        }
        return commit.store(batches);
    }

    private void acknowledge(List<PendingBatch> flush, List<WriteOutcome> outcomes) {
        long now = System.nanoTime();
        for (int i = 0; i < flush.size(); i++) {
            PendingBatch batch = flush.get(i);
            metrics.committed(outcomes.get(i), now - batch.queuedAtNanos());
            metrics.batch(batch.batch().source(), "stored");
            batch.message().ack(Metadata.of(outcomes.get(i)));
        }
    }

    private void refuse(List<PendingBatch> flush, Exception cause) {
        flush.forEach(batch -> {
            metrics.batch(batch.batch().source(), "refused");
            batch.message().nack(cause);
        });
    }

    private static int count(List<PendingBatch> flush) {
        return flush.stream().mapToInt(PendingBatch::size).sum();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
