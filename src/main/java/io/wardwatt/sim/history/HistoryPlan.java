package io.wardwatt.sim.history;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How much simulated history to make and how finely: {@code days} before the live simulator's start, the model stepped
 * every {@code step} and sampled every {@code interval} (a multiple of the step, dividing an hour, so that every hour
 * starts with a sample and hourly consumption is a difference of two stored counter values). Optionally the history
 * reaches further back, to {@code since}, more coarsely ({@code olderStep}, {@code olderInterval}): a baseline year
 * for the saving goals needs months of energy, not the minute detail the load forecast trains on, and at the fine
 * step two years would take minutes to simulate and store.
 *
 * @param since where the older history starts, or null for none
 */
public record HistoryPlan(int days, Duration step, Duration interval, Instant since, Duration olderStep, Duration olderInterval) {

    private static final Duration HOUR = Duration.ofHours(1);
    /** A bound on {@code since}: a start years back is a typing error, and would simulate for many minutes. */
    static final int MAX_SINCE_DAYS = 1_100;
    /** The setting meaning 1 January of the year before the simulator's start (the demo goals' baseline year). */
    public static final String BASELINE_YEAR = "baseline-year";

    public HistoryPlan(int days, Duration step, Duration interval) {
        this(days, step, interval, null, step, interval);
    }

    public HistoryPlan {
        if (days < (since == null ? 1 : 0)) {
            throw new IllegalArgumentException("days: at least " + (since == null ? 1 : 0) + ", got " + days);
        }
        checkGrid("", step, interval);
        checkGrid("older-", olderStep, olderInterval);
    }

    private static void checkGrid(String prefix, Duration step, Duration interval) {
        if (step.compareTo(Duration.ofSeconds(1)) < 0 || step.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException(prefix + "step: whole seconds, at least 1 s, got " + step);
        }
        if (interval.compareTo(step) < 0 || interval.toNanos() % step.toNanos() != 0) {
            throw new IllegalArgumentException(prefix + "interval: a multiple of the " + prefix + "step (" + step + "), got " + interval);
        }
        if (interval.compareTo(HOUR) > 0 || HOUR.toNanos() % interval.toNanos() != 0) {
            throw new IllegalArgumentException(prefix + "interval: must divide an hour (1m, 5m, 15m, 1h ...), got " + interval);
        }
    }

    /**
     * The start of a {@code from} setting: {@value #BASELINE_YEAR} (1 January of the year before {@code end}'s, local) or a
     * date, both at local midnight in {@code zone}.
     *
     * @throws IllegalArgumentException naming the setting when it is neither, or not before {@code end}, or too far back
     */
    public static Instant since(String setting, Instant end, ZoneId zone) {
        LocalDate date;
        if (BASELINE_YEAR.equals(setting.strip())) {
            date = LocalDate.of(end.atZone(zone).getYear() - 1, 1, 1);
        } else {
            try {
                date = LocalDate.parse(setting.strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("from: a date such as 2025-01-01 or '" + BASELINE_YEAR + "', got '" + setting + "'");
            }
        }
        Instant since = date.atStartOfDay(zone).toInstant();
        if (!since.isBefore(end) || Duration.between(since, end).toDays() > MAX_SINCE_DAYS) {
            throw new IllegalArgumentException("from: " + date + " must be before the simulator's start " + end + " and at most "
                    + MAX_SINCE_DAYS + " days before it");
        }
        return since;
    }

    /** The first sample of a history that ends at {@code end}: {@code since}, or {@code days} earlier, on its grid. */
    public Instant from(Instant end) {
        Instant fine = fineFrom(end);
        if (since != null && since.isBefore(fine)) {
            return onGrid(since, olderInterval);
        }
        return fine;
    }

    /** Where the fine history starts: {@code days} before {@code end}, on the interval grid. */
    public Instant fineFrom(Instant end) {
        return onGrid(end.minus(Duration.ofDays(days)), interval);
    }

    /** The sample times before {@code end}: every older interval up to {@link #fineFrom}, then every interval. */
    public List<Instant> times(Instant end) {
        Instant fine = fineFrom(end);
        List<Instant> times = new ArrayList<>();
        for (Instant t = from(end); t.isBefore(fine) && t.isBefore(end); t = t.plus(olderInterval)) {
            times.add(t);
        }
        for (Instant t = fine; t.isBefore(end); t = t.plus(interval)) {
            times.add(t);
        }
        return times;
    }

    /** The model's step on the way to {@code t}: the older step up to where the fine history starts. */
    public Duration stepTo(Instant t, Instant end) {
        return t.isAfter(fineFrom(end)) ? step : olderStep;
    }

    private static Instant onGrid(Instant at, Duration interval) {
        long seconds = interval.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond() + seconds - 1, seconds) * seconds);
    }
}
