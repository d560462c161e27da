package io.wardwatt.readings.runtime;

import io.wardwatt.readings.ReadingBatch;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A batch taken from the channel and not yet committed, with when it was queued (System.nanoTime). */
record PendingBatch(Message<ReadingBatch> message, long queuedAtNanos) {

    ReadingBatch batch() {
        return message.getPayload();
    }

    int size() {
        return message.getPayload().size();
    }
}
