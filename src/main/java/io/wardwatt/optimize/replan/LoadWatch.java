package io.wardwatt.optimize.replan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Watches the measured cooling load against the plan's forecast, reading by reading, and says when a re-plan is due
 * and why. Each reading stands for the interval since the one before (meters report averages over it), so a
 * deviation is counted from the end of the last reading that did not deviate.
 *
 * <p>One deviation episode (readings that deviate in the same direction without a gap longer than the rule's) makes
 * at most one re-plan. After a re-plan the caller says so ({@link #replanned(Instant)}) and feeds the revised forecast:
 * the episode ends there, and a new one against the revised forecast may fire once the minimum interval has passed.
 * Not thread-safe; the state is small enough that a caller which restarts rebuilds it by feeding the day's readings
 * again from its last re-plan.
 */
public final class LoadWatch {

    private final DeviationRule rule;
    private final Deque<Reading> recent = new ArrayDeque<>();
    private Instant previousAt;
    private Instant lastReplan;
    private Episode episode;

    /** A reading: the measured load and the forecast for the same interval, kW thermal. */
    public record Reading(Instant at, double measuredKw, double forecastKw) {

        public Reading {
            if (at == null) {
                throw new IllegalArgumentException("a reading needs its instant");
            }
            if (!(measuredKw >= 0) || Double.isInfinite(measuredKw) || !(forecastKw >= 0) || Double.isInfinite(forecastKw)) {
                throw new IllegalArgumentException("reading at " + at + ": measured and forecast load must be finite and ≥ 0 kW, got "
                        + measuredKw + " and " + forecastKw);
            }
        }
    }

    /**
     * A re-plan is due.
     *
     * @param observed measured over forecast load in the readings of the last {@code sustained} (the intervals they
     *        stand for), the basis of the
     *        corrected forecast; empty when there were no readings with a forecast above 0
     */
    public record ReplanDue(Instant at, ReplanCause cause, Optional<Double> observed) {
    }

    /** What an engineer's request gets: a re-plan, or the time from which one is allowed. */
    public sealed interface RequestAnswer {
    }

    public record Granted(ReplanDue due) implements RequestAnswer {
    }

    public record TooSoon(Instant lastReplan, Instant allowedFrom) implements RequestAnswer {
    }

    private static final class Episode {
        final Instant from;
        final int direction;
        Instant until;
        double measuredSum;
        double forecastSum;
        int readings;
        boolean fired;

        Episode(Instant from, int direction) {
            this.from = from;
            this.direction = direction;
        }
    }

    public LoadWatch(DeviationRule rule) {
        this.rule = rule;
    }

    /** A watch that knows the plan was last re-planned at {@code lastReplan} (null: never). */
    public LoadWatch(DeviationRule rule, Instant lastReplan) {
        this.rule = rule;
        this.lastReplan = lastReplan;
    }

    public DeviationRule rule() {
        return rule;
    }

    public Optional<Instant> lastReplan() {
        return Optional.ofNullable(lastReplan);
    }

    /**
     * Takes the next reading; a re-plan when this reading completes a sustained deviation that has not made one yet
     * and the minimum interval since the last re-plan has passed.
     *
     * @throws IllegalArgumentException when the reading is not later than the one before
     */
    public Optional<ReplanDue> observe(Reading reading) {
        if (previousAt != null && !reading.at().isAfter(previousAt)) {
            throw new IllegalArgumentException("readings come in time order: " + reading.at() + " is not after " + previousAt);
        }
        boolean contiguous = previousAt != null && Duration.between(previousAt, reading.at()).compareTo(rule.longestGap()) <= 0;
        if (!contiguous) {
            episode = null;
            recent.clear();
        }
        recent.addLast(reading);
        while (Duration.between(recent.peekFirst().at(), reading.at()).compareTo(rule.sustained()) >= 0) {
            recent.removeFirst();
        }
        int direction = reading.measuredKw() >= reading.forecastKw() ? 1 : -1;
        if (!rule.deviates(reading.measuredKw(), reading.forecastKw())) {
            episode = null;
        } else {
            if (episode == null || episode.direction != direction) {
                episode = new Episode(contiguous ? previousAt : reading.at(), direction);
            }
            episode.until = reading.at();
            episode.measuredSum += reading.measuredKw();
            episode.forecastSum += reading.forecastKw();
            episode.readings++;
        }
        previousAt = reading.at();
        if (episode == null || episode.fired || Duration.between(episode.from, episode.until).compareTo(rule.sustained()) < 0
                || tooSoon(reading.at()).isPresent()) {
            return Optional.empty();
        }
        episode.fired = true;
        ReplanCause cause = new ReplanCause.LoadDeviation(episode.from, episode.until, episode.measuredSum / episode.readings,
                episode.forecastSum / episode.readings);
        return Optional.of(new ReplanDue(reading.at(), cause, observedRatio()));
    }

    /** An engineer asks at {@code at}: granted unless the last re-plan is less than the minimum interval ago. */
    public RequestAnswer request(Instant at, String engineer, String comment) {
        ReplanCause cause = new ReplanCause.EngineerRequest(engineer, comment);
        Optional<Instant> allowedFrom = tooSoon(at);
        if (allowedFrom.isPresent()) {
            return new TooSoon(lastReplan, allowedFrom.get());
        }
        return new Granted(new ReplanDue(at, cause, observedRatio()));
    }

    /**
     * The plan was re-planned at {@code at}: the episode under way is spent (the readings that follow are compared
     * with the revised forecast) and the minimum interval counts from here.
     */
    public void replanned(Instant at) {
        lastReplan = at;
        episode = null;
        recent.clear();
    }

    /** When the next re-plan is allowed, if {@code at} is before it. */
    public Optional<Instant> tooSoon(Instant at) {
        if (lastReplan == null) {
            return Optional.empty();
        }
        Instant allowed = lastReplan.plus(rule.minimumInterval());
        return at.isBefore(allowed) ? Optional.of(allowed) : Optional.empty();
    }

    private Optional<Double> observedRatio() {
        double measured = 0;
        double forecast = 0;
        for (Reading reading : recent) {
            measured += reading.measuredKw();
            forecast += reading.forecastKw();
        }
        return forecast > 0 ? Optional.of(measured / forecast) : Optional.empty();
    }
}
