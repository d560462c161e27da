package io.wardwatt.optimize.replan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When the measured cooling load has left the plan's forecast far enough, for long enough, that the rest of the day
 * is planned again.
 *
 * <p>A reading deviates when {@code |measured − forecast|} exceeds both {@code share × forecast} and
 * {@code minimumKw}: the share alone would fire at night, when a few tens of kW are a large share of a small load
 * and no re-plan changes what runs. The deviation must hold, in one direction, for {@code sustained}: a passing
 * peak (a theatre's start-up) is what the plan's spare capacity is for. Re-plans are at least {@code minimumInterval}
 * apart, so that a plant that follows no forecast is not re-planned every slot (each re-plan may start a chiller).
 *
 * @param share deviation over the forecast that counts, e.g. 0.15 for 15 %
 * @param sustained how long the deviation must hold before a re-plan is due
 * @param minimumKw the smallest deviation that counts, kW thermal
 * @param minimumInterval the least time between two re-plans of one plan
 * @param longestGap a gap between readings longer than this ends a deviation: nothing says it held meanwhile
 * @param correctionHalfLife how fast the observed deviation fades from the forecast of the hours ahead (see
 *        {@link LoadCorrection})
 */
public record DeviationRule(double share, Duration sustained, double minimumKw, Duration minimumInterval, Duration longestGap,
        Duration correctionHalfLife) {

    /** 15 % for 45 minutes, at least 150 kW, an hour between re-plans, readings at most 30 minutes apart, half-life 2 h. */
    public static final DeviationRule DEFAULT = new DeviationRule(0.15, Duration.ofMinutes(45), 150, Duration.ofMinutes(60),
            Duration.ofMinutes(30), Duration.ofHours(2));

    public DeviationRule {
        List<String> problems = problems(share, sustained, minimumKw, minimumInterval, longestGap, correctionHalfLife);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("deviation rule: " + String.join("; ", problems));
        }
    }

    /** Everything wrong with these values, each naming the value and what it must be (empty when they make a rule). */
    public static List<String> problems(double share, Duration sustained, double minimumKw, Duration minimumInterval, Duration longestGap,
            Duration correctionHalfLife) {
        List<String> problems = new ArrayList<>();
        if (!(share > 0 && share < 1)) {
            problems.add("share must lie between 0 and 1 (0.15 = 15 % of the forecast), got " + share);
        }
        if (sustained == null || sustained.isNegative() || sustained.isZero()) {
            problems.add("sustained must be a positive duration, got " + sustained);
        }
        if (!(minimumKw >= 0) || Double.isInfinite(minimumKw)) {
            problems.add("minimumKw must be a finite number ≥ 0 kW, got " + minimumKw);
        }
        if (minimumInterval == null || minimumInterval.isNegative()) {
            problems.add("minimumInterval must be a duration ≥ 0, got " + minimumInterval);
        }
        if (longestGap == null || longestGap.isNegative() || longestGap.isZero()) {
            problems.add("longestGap must be a positive duration, got " + longestGap);
        }
        if (correctionHalfLife == null || correctionHalfLife.isNegative() || correctionHalfLife.isZero()) {
            problems.add("correctionHalfLife must be a positive duration, got " + correctionHalfLife);
        }
        return problems;
    }

    /** Whether the measured load is far enough from the forecast to count. */
    public boolean deviates(double measuredKw, double forecastKw) {
        double gap = Math.abs(measuredKw - forecastKw);
        return gap > share * forecastKw && gap >= minimumKw;
    }
}
