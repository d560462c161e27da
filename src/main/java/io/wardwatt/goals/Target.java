package io.wardwatt.goals;

/** A reduction of {@code percent} % of the metric against the baseline year (5 = 5 % less). */
public record Target(GoalMetric metric, double percent) {
}
