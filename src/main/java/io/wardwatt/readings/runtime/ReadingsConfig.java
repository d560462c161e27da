package io.wardwatt.readings.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.wardwatt.readings.store.CopyFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;

/** The readings pipeline: how incoming readings are checked, batched, written and acknowledged. */
@ConfigMapping(prefix = "wardwatt.readings")
public interface ReadingsConfig {

    /** What an acceptable reading is. */
    Validation validation();

    /** The batched writer behind the {@code readings} channel. */
    Writer writer();

    /** The HTTP ingestion endpoint. */
    Api api();

    interface Validation {

        /** How far ahead of the service's clock a reading's time may be (device clocks drift); later ones are refused. */
        @WithDefault("10m")
        Duration futureTolerance();

        /** Readings before this instant are refused: a device whose clock was reset reports 1970 or 2000. */
        @WithDefault("2000-01-01T00:00:00Z")
        Instant earliest();
    }

    interface Writer {

        /** A flush starts as soon as this many readings are queued (a single larger batch is written whole). */
        @WithDefault("20000")
        @Min(1)
        @Max(1_000_000)
        int flushRows();

        /** A flush also starts when the oldest queued batch is this old, however few readings are queued. */
        @WithDefault("200ms")
        Duration flushAge();

        /** Writer threads, hence database connections used for writing at once. */
        @WithDefault("2")
        @Min(1)
        @Max(16)
        int threads();

        /** COPY data format: binary (faster, measured) or text. */
        @WithDefault("binary")
        CopyFormat copyFormat();

        /**
         * Readings queued or being written beyond which the channel stops taking new batches (back-pressure:
         * the emitter's buffer fills and senders are refused, the HTTP API answers 503).
         */
        @WithDefault("1000000")
        @Min(1000)
        int maxQueuedReadings();

        /** First wait before retrying a batch after a transient database failure; doubled on each failure. */
        @WithDefault("200ms")
        Duration retryInitialBackoff();

        /** Longest wait between two retries of a batch. */
        @WithDefault("10s")
        Duration retryMaxBackoff();

        /** The readiness check reports DOWN when the oldest unwritten batch is older than this (writer stuck). */
        @WithDefault("60s")
        Duration stuckAfter();

        /** How long shutdown waits for queued batches to be written before refusing them. */
        @WithDefault("10s")
        Duration drainOnShutdown();
    }

    interface Api {

        /**
         * How long POST /api/readings waits for its batch to be committed before answering 503 (the batch stays
         * queued and is still written; resending it is safe).
         */
        @WithDefault("30s")
        Duration ackTimeout();
    }
}
