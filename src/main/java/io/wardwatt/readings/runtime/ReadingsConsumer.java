package io.wardwatt.readings.runtime;

import io.smallrye.reactive.messaging.annotations.Merge;
import io.wardwatt.readings.ReadingBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The end of the {@code readings} channel. Every sender (the HTTP API, the Modbus poller) has its own
 * emitter, hence {@link Merge}. A message is handed to the batched writer, which acknowledges it after its
 * commit; the returned stage completes as soon as the writer has room, which paces the channel.
 */
@ApplicationScoped
public class ReadingsConsumer {

    @Inject
    ReadingWriter writer;

    @Incoming("readings")
    @Merge
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> consume(Message<ReadingBatch> message) {
        return writer.enqueue(message).exceptionally(refused -> {
            message.nack(refused);
            return null;
        });
    }
}
