package io.wardwatt.sim.plant;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The plant controller's own chiller sequencing (what runs when no optimizer is in charge): stage a chiller
 * on when the load has stayed above 95 % of the running chillers' capacity for 3 minutes, and off when it has
 * stayed below 70 % of what the others could carry for 10 minutes. The gap between the two thresholds and the
 * delays are the hysteresis that keeps chillers from short-cycling; a chiller also runs at least 15 minutes
 * and rests at least 5. A chiller lost while running (disabled, tripped) is replaced at once. The next
 * chiller to start is the available one with the fewest run hours; the next to stop, the one with the most.
 */
public final class StagingController {

    static final double STAGE_UP_RATIO = 0.95;
    static final double STAGE_DOWN_RATIO = 0.70;
    static final double INITIAL_RATIO = 0.90;
    static final Duration STAGE_UP_DELAY = Duration.ofMinutes(3);
    static final Duration STAGE_DOWN_DELAY = Duration.ofMinutes(10);
    static final Duration MIN_RUN = Duration.ofMinutes(15);
    static final Duration MIN_OFF = Duration.ofMinutes(5);

    private Instant aboveSince;
    private Instant belowSince;

    /** Starts enough chillers at once to carry the load (the plant was already running before the simulation). */
    void initialise(Instant now, List<SimulatedChiller> chillers, double loadKw, double condenserC, Predicate<SimulatedChiller> startable) {
        while (loadKw > INITIAL_RATIO * capacity(chillers, condenserC, now)) {
            Optional<SimulatedChiller> next = nextToStart(chillers, startable, now, true);
            if (next.isEmpty()) {
                return;
            }
            next.get().start(now);
        }
    }

    /**
     * One control decision.
     *
     * @param lostOne a chiller stopped this step without the controller deciding it
     */
    void decide(Instant now, List<SimulatedChiller> chillers, double loadKw, double condenserC, boolean lostOne,
            Predicate<SimulatedChiller> startable) {
        double capacity = capacity(chillers, condenserC, now);
        long running = chillers.stream().filter(SimulatedChiller::running).count();
        if (loadKw > 0 && (running == 0 || loadKw > STAGE_UP_RATIO * capacity)) {
            belowSince = null;
            if (aboveSince == null) {
                aboveSince = now;
            }
            if (running == 0 || lostOne || !now.isBefore(aboveSince.plus(STAGE_UP_DELAY))) {
                nextToStart(chillers, startable, now, false).ifPresent(c -> c.start(now));
                aboveSince = null;
            }
            return;
        }
        aboveSince = null;
        Optional<SimulatedChiller> candidate = chillers.stream().filter(SimulatedChiller::running)
                .filter(c -> !now.isBefore(c.changedAt().plus(MIN_RUN)))
                .max(Comparator.comparingDouble(SimulatedChiller::runHours));
        if (running >= 2 && candidate.isPresent()
                && loadKw < STAGE_DOWN_RATIO * (capacity - candidate.get().maximumLoadKw(candidate.get().setpointC(now), condenserC, now))) {
            if (belowSince == null) {
                belowSince = now;
            }
            if (!now.isBefore(belowSince.plus(STAGE_DOWN_DELAY))) {
                candidate.get().stop(now);
                belowSince = null;
            }
            return;
        }
        belowSince = null;
    }

    static double capacity(List<SimulatedChiller> chillers, double condenserC, Instant now) {
        return chillers.stream().filter(SimulatedChiller::running).mapToDouble(c -> c.maximumLoadKw(c.setpointC(now), condenserC, now)).sum();
    }

    private static Optional<SimulatedChiller> nextToStart(List<SimulatedChiller> chillers, Predicate<SimulatedChiller> startable, Instant now,
            boolean ignoreRest) {
        return chillers.stream().filter(c -> !c.running()).filter(startable)
                .filter(c -> ignoreRest || !now.isBefore(c.changedAt().plus(MIN_OFF)))
                .min(Comparator.comparingDouble(SimulatedChiller::runHours));
    }
}
