package io.wardwatt.optimize.replan;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Why the rest of a day is planned again. */
public sealed interface ReplanCause {

    /** A short code for counters and storage: {@code load-deviation} or {@code engineer-request}. */
    String code();

    /** One line for the plan's history, e.g. {@code measured load 18 % above forecast for 45 min}. */
    String describe();

    /** Who or what asked: the watcher, or the engineer's name. */
    String by();

    /**
     * The measured load held away from the forecast.
     *
     * @param from when the deviation began (start of the first deviating reading's interval)
     * @param until the last deviating reading
     * @param measuredKw mean measured cooling load over the episode, kW thermal
     * @param forecastKw mean forecast over the same readings, kW thermal
     */
    record LoadDeviation(Instant from, Instant until, double measuredKw, double forecastKw) implements ReplanCause {

        public static final String CODE = "load-deviation";
        public static final String WATCHER = "watcher";

        public LoadDeviation {
            if (until.isBefore(from)) {
                throw new IllegalArgumentException("a deviation ends after it begins, got " + from + " .. " + until);
            }
        }

        /** measured/forecast − 1, e.g. 0.18 for 18 % above (infinite when the forecast was 0). */
        public double relativeDeviation() {
            return forecastKw > 0 ? measuredKw / forecastKw - 1 : Double.POSITIVE_INFINITY;
        }

        public Duration duration() {
            return Duration.between(from, until);
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String by() {
            return WATCHER;
        }

        @Override
        public String describe() {
            String side = measuredKw >= forecastKw ? "above" : "below";
            String share = forecastKw > 0 ? String.format(Locale.ROOT, "%.0f %%", Math.abs(relativeDeviation()) * 100)
                    : String.format(Locale.ROOT, "%.0f kW", measuredKw);
            return "measured load " + share + " " + side + " forecast for " + duration().toMinutes() + " min";
        }
    }

    /** An engineer asked for it. */
    record EngineerRequest(String engineer, String comment) implements ReplanCause {

        public static final String CODE = "engineer-request";

        public EngineerRequest {
            if (engineer == null || engineer.isBlank()) {
                throw new IllegalArgumentException("an engineer's request names the engineer");
            }
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String by() {
            return engineer;
        }

        @Override
        public String describe() {
            return "requested by " + engineer + (comment == null || comment.isBlank() ? "" : ": " + comment.strip());
        }
    }
}
