package io.wardwatt.optimize.runtime;

import io.wardwatt.optimize.PlanAgainstActual;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Plan-against-actual totals of approved plans, kept once worked out: a year's tally re-runs conventional sequencing
 * over every slot of every approved day (seconds for a few months of plans), and a leadership page asks for it on
 * each visit. A day whose readings have settled (its end {@link #SETTLED} ago) keeps its totals; a younger day, or
 * one that could not be compared (readings may still arrive, a back-fill may still be running), is worked out again
 * after {@link #FRESH}.
 */
final class MeasuredPlanTotals {

    /** Late readings (a gateway's buffer, a CSV import, a back-fill) arrive within this of a day's end. */
    static final Duration SETTLED = Duration.ofHours(36);

    /** How long an unsettled day's totals, or its not being comparable, stand before they are worked out again. */
    static final Duration FRESH = Duration.ofMinutes(10);

    private record Kept(Optional<PlanAgainstActual.Totals> totals, Instant at, boolean settled) {
    }

    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    /** The plan's totals (empty: not comparable), from memory when they still stand, else from {@code workOut}. */
    Optional<PlanAgainstActual.Totals> of(UUID plan, LocalDate day, ZoneId zone, Instant now, Supplier<PlanAgainstActual.Totals> workOut) {
        Kept k = kept.get(plan);
        if (k != null && (k.settled() || k.at().plus(FRESH).isAfter(now))) {
            return k.totals();
        }
        Optional<PlanAgainstActual.Totals> totals = Optional.ofNullable(workOut.get());
        boolean settled = totals.isPresent() && day.plusDays(1).atStartOfDay(zone).toInstant().plus(SETTLED).isBefore(now);
        kept.put(plan, new Kept(totals, now, settled));
        return totals;
    }

    int size() {
        return kept.size();
    }
}
