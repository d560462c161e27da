package io.wardwatt.readings.runtime;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.DurationText;
import io.wardwatt.readings.ReadingBatch;
import io.wardwatt.readings.ReadingValidator;
import io.wardwatt.readings.Rejection;
import io.wardwatt.readings.ValidatedReadings;
import io.wardwatt.readings.ValidationRules;
import io.wardwatt.readings.WriteOutcome;
import io.wardwatt.site.PointDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Ingestion on behalf of a caller who waits: checks readings, sends the valid ones on the {@code readings}
 * channel and waits for the writer's acknowledgement (after COMMIT) up to the configured timeout.
 */
@ApplicationScoped
public class ReadingsIngestion {

    @Inject
    @Channel("readings")
    Emitter<ReadingBatch> emitter;

    @Inject
    PointDirectory points;

    @Inject
    ReadingsConfig config;

    @Inject
    ReadingsMetrics metrics;

    @Inject
    ReadingWriter writer;

    private ReadingValidator validator;

    @PostConstruct
    void init() {
        validator = new ReadingValidator(points, new ValidationRules(config.validation().futureTolerance(), config.validation().earliest()));
    }

    /** Starts checking the items of one request against the clock now. */
    public ReadingValidator.BatchCheck check() {
        return validator.start(Instant.now());
    }

    /**
     * Stores the valid readings and waits for their commit. With {@code atomic}, any invalid item refuses the
     * whole request ({@link InvalidInputException} listing every problem; nothing is sent).
     *
     * @param naming turns a rejection into the caller's notation ({@code readings[3].ts})
     * @throws ReadingsUnavailableException when the commit is not confirmed within the acknowledgement timeout
     */
    public WriteOutcome submit(ValidatedReadings checked, boolean atomic, String source, Function<Rejection, InputProblem> naming) {
        countRejected(checked.rejections());
        if (atomic && !checked.allValid()) {
            throw new InvalidInputException(checked.rejections().stream().map(naming).toList());
        }
        if (checked.readings().isEmpty()) {
            return new WriteOutcome(0, 0, 0);
        }
        if (writer.overloaded()) {
            throw new ReadingsUnavailableException("the readings writer is behind (" + writer.pendingReadings()
                    + " readings queued); try again shortly", null);
        }
        CompletableFuture<WriteOutcome> committed = new CompletableFuture<>();
        Message<ReadingBatch> message = Message.of(new ReadingBatch(source, checked.readings()),
                (Metadata ack) -> acknowledged(committed, ack), (Throwable failure, Metadata ignored) -> refused(committed, failure));
        try {
            emitter.send(message);
        } catch (RuntimeException overflow) {
            throw new ReadingsUnavailableException("the readings channel is full; try again shortly", overflow);
        }
        return await(committed);
    }

    private WriteOutcome await(CompletableFuture<WriteOutcome> committed) {
        try {
            return committed.get(config.api().ackTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ReadingsUnavailableException("the readings were not confirmed as stored within "
                    + DurationText.of(config.api().ackTimeout()) + "; they stay queued and will be written when the database allows. "
                    + "Sending them again is safe", e);
        } catch (ExecutionException e) {
            throw new ReadingsUnavailableException("the readings were not stored: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingsUnavailableException("interrupted while waiting for the commit", e);
        }
    }

    private static CompletionStage<Void> acknowledged(CompletableFuture<WriteOutcome> committed, Metadata ack) {
        committed.complete(ack.get(WriteOutcome.class).orElseThrow(() -> new IllegalStateException("ack without outcome")));
        return CompletableFuture.completedFuture(null);
    }

    private static CompletionStage<Void> refused(CompletableFuture<WriteOutcome> committed, Throwable failure) {
        committed.completeExceptionally(failure);
        return CompletableFuture.completedFuture(null);
    }

    /** Each refused item once, under the first reason found for it. */
    private void countRejected(List<Rejection> rejections) {
        BitSet counted = new BitSet();
        for (Rejection rejection : rejections) {
            if (!counted.get(rejection.index())) {
                counted.set(rejection.index());
                metrics.rejected(rejection.reason());
            }
        }
    }
}
