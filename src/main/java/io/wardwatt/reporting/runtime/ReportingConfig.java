package io.wardwatt.reporting.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Submission of reports to the national platform: where the platform is and how to log in, the submitter's schedule and
 * lease, the retry policy, the health check. Sending is off unless {@code platform.enabled} is true.
 */
@ConfigMapping(prefix = "wardwatt.reporting")
public interface ReportingConfig {

    /** The platform (our platform profile v1: README, "Report submission"). */
    Platform platform();

    /** The scheduled worker that sends the outbox. */
    Submitter submitter();

    /** How failed attempts are repeated. */
    Retry retry();

    /** The readiness check "report-submission". */
    Health health();

    /** Who reports: the organisation as registered with the platform. */
    Organisation organisation();

    /** How closed ledgers become reports in the outbox. */
    Ledgers ledgers();

    interface Organisation {

        /** The reporting organisation's registered name (the hospital). */
        Optional<String> name();

        /** Its 统一社会信用代码 (GB 32100-2015, 18 characters). */
        Optional<String> unifiedSocialCreditCode();
    }

    interface Ledgers {

        /**
         * Whether each closed ledger version (a close or a restatement) is put in the outbox as a report. The carbon
         * service's event does it at once; a sweep catches any version the event missed (a crash between the close's
         * commit and the event).
         */
        @WithDefault("true")
        boolean enqueue();

        /** The sites whose closed ledgers are swept. */
        @WithDefault("HOSP")
        java.util.List<String> sites();

        /** How often the sweep runs; {@code off} switches it off (the event still enqueues). */
        @WithDefault("10m")
        String sweepInterval();

        /** How many months back the sweep looks. */
        @WithDefault("24")
        @jakarta.validation.constraints.Min(1)
        @jakarta.validation.constraints.Max(240)
        int sweepMonths();
    }

    interface Platform {

        /** Whether reports are sent at all. Off by default: enqueued reports wait as pending until it is switched on. */
        @WithDefault("false")
        boolean enabled();

        /** The URL reports are POSTed to; required when enabled (checked at start-up). */
        Optional<URI> endpoint();

        /** A bearer token sent as {@code Authorization: Bearer ...}; takes precedence over username and password. */
        Optional<String> token();

        /** Basic authentication, when the platform uses it instead of a token. */
        Optional<String> username();

        /** Basic authentication password (with {@link #username()}). */
        Optional<String> password();

        /** How long one request may take, connecting included; a request not answered by then is retried. */
        @WithDefault("30s")
        Duration timeout();
    }

    interface Submitter {

        /**
         * How often the worker looks for due submissions ({@code every} syntax: 30s, 5m; {@code off} stops the schedule,
         * the worker can still be run on request). The simple scheduler runs nothing below 1 s.
         */
        @WithDefault("30s")
        String interval();

        /** The most submissions one run sends; the rest wait for the next run. */
        @WithDefault("50")
        @Positive
        @Max(10_000)
        int maxPerRun();

        /**
         * How long a claimed submission belongs to its sender. A row still sending after its lease (its sender died
         * mid-request) is claimed again and re-sent with the same idempotency key. Must exceed {@link Platform#timeout()}
         * (checked at start-up), or a slow answer would overlap the next attempt.
         */
        @WithDefault("5m")
        Duration lease();
    }

    interface Retry {

        /** The wait after the first failed attempt; it doubles after each further one. */
        @WithDefault("1m")
        Duration base();

        /** The longest wait between attempts. */
        @WithDefault("6h")
        Duration max();

        /** Up to this fraction of each wait is taken off at random, so that failures together do not retry together. */
        @WithDefault("0.2")
        @DecimalMin("0")
        @DecimalMax("1")
        double jitter();

        /**
         * After this many attempts a submission that still fails is marked rejected (a person can retry it). 0 means no
         * limit: the submitter keeps trying at {@link #max()} intervals, and the health check shows the backlog.
         */
        @WithDefault("0")
        @Min(0)
        int maxAttempts();
    }

    interface Health {

        /** The check is DOWN (while sending is enabled) when a submission has waited longer than this to be accepted. */
        @WithDefault("24h")
        Duration maxWait();
    }
}
