package io.wardwatt.acquisition.runtime;

import io.wardwatt.readings.ReadingBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Puts each device cycle's readings on the {@code readings} channel, one batch per cycle. It does not wait for
 * the commit: a device thread that waited on the database would stretch its cycle, and a slow database would
 * then look like a slow device. The acknowledgement is counted instead (stored / refused), and a full channel
 * drops the batch with a warning rather than block the device. Nothing is retried: the next cycle brings fresh
 * values, and counters carry their running totals, so a dropped batch loses no consumption.
 */
@ApplicationScoped
public class PolledReadingsSender {

    private static final Logger LOG = Logger.getLogger(PolledReadingsSender.class);

    @Inject
    @Channel("readings")
    Emitter<ReadingBatch> emitter;

    @Inject
    AcquisitionMetrics metrics;

    /** Sends one device's batch; safe from any device thread (sends are serialised). */
    public void send(String device, ReadingBatch batch) {
        int size = batch.size();
        Message<ReadingBatch> message = Message.of(batch, () -> {
            metrics.readings(device, "stored", size);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            metrics.readings(device, "refused", size);
            LOG.warnf("Device %s: %d readings were not stored: %s", device, size, failure.getMessage());
            return CompletableFuture.completedFuture(null);
        });
        try {
            synchronized (this) {
                emitter.send(message);
            }
            metrics.readings(device, "sent", size);
        } catch (RuntimeException full) {
            metrics.readings(device, "dropped", size);
            LOG.warnf("Device %s: %d readings dropped, the readings channel is full: %s", device, size, full.getMessage());
        }
    }
}
