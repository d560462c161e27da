package io.wardwatt.carbon.factors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which factor of a set a month uses: for the site's province, else its regional grid, else the nation, the value
 * with the newest year among those whose source was published by the calculation day. For grid electricity the
 * year is a data year and must not be later than the month's own year: a month is booked with the matching
 * year's factor once it is published, before that provisionally with the newest published year, and restated
 * when the matching year appears (about two years later for MEE/NBS factors). The level comes first: a province's
 * older value is preferred to its grid's newer one, as the policy says.
 *
 * <p>Deterministic: the same set, region, month, need and calculation day always give the same choice and reason.
 */
public final class FactorPolicy {

    /** Recorded on every ledger with the set's id. */
    public static final String ID = "province-grid-nation/newest-published/v1";

    private FactorPolicy() {
    }

    /** The factor for the need, with where it comes from and why; empty when the set has none usable. */
    public static Optional<FactorChoice> choose(FactorSet set, Region region, YearMonth month, LocalDate asOf, FactorCategory category, String key) {
        List<String> skipped = new ArrayList<>();
        for (Level level : levels(region)) {
            Optional<Factor> newest = set.factors(category, key).stream()
                    .filter(factor -> factor.region().equals(level.code()) && usable(factor, month, asOf))
                    .max(Comparator.comparingInt(Factor::year));
            if (newest.isPresent()) {
                return Optional.of(new FactorChoice(newest.get(), level.level(), reason(newest.get(), level, skipped, month, asOf)));
            }
            if (set.factors(category, key).stream().anyMatch(factor -> factor.region().equals(level.code()))) {
                skipped.add(level.code() + " (" + level.level() + ")");
            }
        }
        return Optional.empty();
    }

    /** Why {@link #choose} found nothing, naming the month, region, need and what the set does hold. */
    public static String unavailable(FactorSet set, Region region, YearMonth month, LocalDate asOf, FactorCategory category, String key) {
        String places = levels(region).stream().map(Level::code).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder("no ").append(category).append(' ').append(key).append(" factor in set ").append(set.id())
                .append(" for ").append(places);
        if (category == FactorCategory.GRID_ELECTRICITY) {
            text.append(" with a data year up to ").append(month.getYear());
        }
        text.append(" published by ").append(asOf);
        List<Factor> any = set.factors(category, key);
        if (any.isEmpty()) {
            text.append(" (the set has none at all)");
        } else {
            IntSummaryStatistics years = any.stream().mapToInt(Factor::year).summaryStatistics();
            LocalDate first = any.stream().map(factor -> factor.source().publishedBy()).min(Comparator.naturalOrder()).orElseThrow();
            text.append(" (the set has years ").append(years.getMin()).append('-').append(years.getMax())
                    .append(", the first published by ").append(first).append(')');
        }
        return text.toString();
    }

    private static boolean usable(Factor factor, YearMonth month, LocalDate asOf) {
        boolean yearFits = factor.category() != FactorCategory.GRID_ELECTRICITY || factor.year() <= month.getYear();
        return yearFits && factor.source().publishedBy(asOf);
    }

    private static String reason(Factor factor, Level level, List<String> skipped, YearMonth month, LocalDate asOf) {
        StringBuilder text = new StringBuilder();
        if (!skipped.isEmpty()) {
            text.append("none of the values for ").append(String.join(", ", skipped)).append(" fits; ");
        }
        text.append(level.code()).append(" (").append(level.level()).append("): ");
        if (factor.category() == FactorCategory.GRID_ELECTRICITY) {
            text.append("data year ").append(factor.year()).append(", the newest up to ").append(month.getYear());
        } else {
            text.append(factor.year()).append(" edition, the newest");
        }
        return text.append(" published by ").append(asOf).append(" (").append(factor.source().id()).append(", published ")
                .append(factor.source().published()).append(')').toString();
    }

    private record Level(String code, RegionLevel level) {
    }

    private static List<Level> levels(Region region) {
        if (region.level() == RegionLevel.NATION) {
            return List.of(new Level(Region.NATION, RegionLevel.NATION));
        }
        return List.of(new Level(region.code(), RegionLevel.PROVINCE), new Level(region.grid(), RegionLevel.REGIONAL_GRID),
                new Level(Region.NATION, RegionLevel.NATION));
    }
}
