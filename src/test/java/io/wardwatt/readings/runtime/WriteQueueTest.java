package io.wardwatt.readings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.readings.Quality;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.ReadingBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** The writer's queue on its own: flush by size, by age, back-pressure past capacity, and the lag it reports. */
class WriteQueueTest {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private static PendingBatch batch(int size, long queuedAtNanos) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            readings.add(new Reading(1, Instant.EPOCH.plusSeconds(i), i, Quality.GOOD));
        }
        return new PendingBatch(Message.of(new ReadingBatch("test", readings)), queuedAtNanos);
    }

    @Test
    void aFlushTakesWholeBatchesUpToItsSize() throws InterruptedException {
        WriteQueue queue = new WriteQueue(1000);
        long now = System.nanoTime();
        queue.put(batch(40, now));
        queue.put(batch(40, now));
        queue.put(batch(40, now));
        List<PendingBatch> flush = queue.take(100, HOUR);
        assertEquals(2, flush.size(), "a third batch would pass 100 readings");
        assertEquals(120, queue.pendingReadings(), "taken but not committed still counts");
        queue.finished(flush);
        assertEquals(40, queue.pendingReadings());
    }

    @Test
    void aBatchLargerThanAFlushIsTakenWhole() throws InterruptedException {
        WriteQueue queue = new WriteQueue(1000);
        queue.put(batch(300, System.nanoTime()));
        assertEquals(300, queue.take(100, HOUR).get(0).size());
    }

    @Test
    void aFewReadingsAreFlushedOnceTheOldestIsOldEnough() throws InterruptedException {
        WriteQueue queue = new WriteQueue(1000);
        long anHourAgo = System.nanoTime() - HOUR;
        queue.put(batch(5, anHourAgo));
        assertTrue(queue.lagMillis() >= TimeUnit.HOURS.toMillis(1));
        assertEquals(1, queue.take(100, TimeUnit.MINUTES.toNanos(1)).size());
    }

    @Test
    void pastCapacityTheChannelWaitsUntilWritersCatchUp() throws InterruptedException {
        WriteQueue queue = new WriteQueue(100);
        long now = System.nanoTime();
        assertTrue(queue.put(batch(80, now)).toCompletableFuture().isDone());
        var waiting = queue.put(batch(80, now)).toCompletableFuture();
        assertFalse(waiting.isDone());
        assertTrue(queue.overCapacity());
        List<PendingBatch> flush = queue.take(80, HOUR);
        assertFalse(waiting.isDone(), "still 160 readings pending until the first flush is committed");
        queue.finished(flush);
        assertTrue(waiting.isDone());
    }

    @Test
    void closingFlushesWhatIsLeftAtOnceAndRefusesNewBatches() throws InterruptedException {
        WriteQueue queue = new WriteQueue(100);
        queue.put(batch(1, System.nanoTime()));
        queue.close();
        assertEquals(1, queue.take(100, HOUR).size());
        assertEquals(List.of(), queue.take(100, HOUR));
        assertTrue(queue.put(batch(1, System.nanoTime())).toCompletableFuture().isCompletedExceptionally());
    }
}
