package io.wardwatt.readings.query;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.rollup.TimeBuckets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a query asks for, [from, to), with its bounds resolved in the site's zone: {@code from} and
 * {@code to} may be instants ({@code 2026-01-31T16:00:00Z}, or with an offset), local dates ({@code 2026-02-01},
 * meaning that day's local midnight) or local months ({@code 2026-02}, meaning its first local midnight).
 * At day and month resolution the period is widened to whole local days or months.
 */
public record QueryPeriod(Resolution resolution, ZoneId zone, Instant from, Instant to, LocalDate firstDay, LocalDate endDay) {

    /**
     * @param maxBuckets the most buckets a bucketed resolution may return (raw readings are capped when read)
     * @throws InvalidInputException naming {@code from}, {@code to} or {@code resolution}
     */
    public static QueryPeriod parse(String fromText, String toText, String resolutionText, ZoneId zone,
                                    int maxBuckets, Resolution... allowed) {
        List<InputProblem> problems = new ArrayList<>();
        Resolution resolution = Resolution.parse(resolutionText).filter(r -> List.of(allowed).contains(r)).orElse(null);
        if (resolution == null) {
            problems.add(new InputProblem("resolution", "must be one of " + Resolution.codes(allowed) + ", got '" + resolutionText + "'"));
        }
        Instant from = bound("from", fromText, zone, problems);
        Instant to = bound("to", toText, zone, problems);
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new InputProblem("to", "must be after from (" + from + "), got " + to));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        QueryPeriod period = widened(resolution, zone, from, to);
        long buckets = period.bucketCount();
        if (buckets > maxBuckets) {
            throw new InvalidInputException("to", "the range holds " + buckets + " buckets of " + resolution.code()
                    + ", more than the " + maxBuckets + " one answer may return: ask for a shorter range or a coarser resolution");
        }
        return period;
    }

    private static QueryPeriod widened(Resolution resolution, ZoneId zone, Instant from, Instant to) {
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        LocalDate lastDay = LocalDate.ofInstant(to, zone);
        LocalDate endDay = lastDay.atStartOfDay(zone).toInstant().equals(to) ? lastDay : lastDay.plusDays(1);
        if (resolution == Resolution.MONTH) {
            firstDay = firstDay.withDayOfMonth(1);
            endDay = endDay.getDayOfMonth() == 1 ? endDay : endDay.withDayOfMonth(1).plusMonths(1);
        }
        if (resolution.isCalendar()) {
            from = firstDay.atStartOfDay(zone).toInstant();
            to = endDay.atStartOfDay(zone).toInstant();
        }
        return new QueryPeriod(resolution, zone, from, to, firstDay, endDay);
    }

    /** How many buckets the period spans at its resolution (the row count for raw is not known in advance). */
    public long bucketCount() {
        return switch (resolution) {
            case RAW -> 0;
            case QUARTER_HOUR -> ceilDiv(Duration.between(from, to), Duration.ofMinutes(15));
            case HOUR -> ceilDiv(Duration.between(from, to), Duration.ofHours(1));
            case DAY -> ChronoUnit.DAYS.between(firstDay, endDay);
            case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(firstDay), YearMonth.from(endDay));
        };
    }

    /** The buckets of the period at its resolution, in order (none for raw): the grid a series' rows sit on. */
    public List<BucketSpan> grid() {
        List<BucketSpan> buckets = new ArrayList<>();
        switch (resolution) {
            case RAW -> {
            }
            case QUARTER_HOUR, HOUR -> {
                Duration size = resolution == Resolution.HOUR ? TimeBuckets.HOUR : TimeBuckets.QUARTER_HOUR;
                for (Instant start = TimeBuckets.ceil(from, size); start.isBefore(to); start = start.plus(size)) {
                    buckets.add(new BucketSpan(start, start.plus(size)));
                }
            }
            case DAY -> {
                for (LocalDate day = firstDay; day.isBefore(endDay); day = day.plusDays(1)) {
                    buckets.add(new BucketSpan(TimeBuckets.startOfDay(day, zone), TimeBuckets.startOfDay(day.plusDays(1), zone)));
                }
            }
            case MONTH -> {
                for (LocalDate month = firstDay; month.isBefore(endDay); month = month.plusMonths(1)) {
                    buckets.add(new BucketSpan(TimeBuckets.startOfDay(month, zone), TimeBuckets.startOfDay(month.plusMonths(1), zone)));
                }
            }
        }
        return buckets;
    }

    private static long ceilDiv(Duration span, Duration bucket) {
        return (span.toSeconds() + bucket.toSeconds() - 1) / bucket.toSeconds();
    }

    private static Instant bound(String name, String text, ZoneId zone, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InputProblem(name, "required: an instant (2026-01-31T16:00:00Z), a local date (2026-02-01) or a local month (2026-02)"));
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 7) {
                return YearMonth.parse(t).atDay(1).atStartOfDay(zone).toInstant();
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            return t.endsWith("Z") ? Instant.parse(t) : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(name, "neither an instant (2026-01-31T16:00:00Z), a local date (2026-02-01) nor a local month (2026-02): '" + t + "'"));
            return null;
        }
    }
}
