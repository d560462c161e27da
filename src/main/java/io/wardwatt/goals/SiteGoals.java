package io.wardwatt.goals;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A site's saving goals: the baseline year every month is compared with, the targets, and what bed-days are counted
 * from: occupied bed-days per month where the hospital entered them, otherwise {@code beds} × the month's days.
 */
public record SiteGoals(String site, int baselineYear, List<Target> targets, int beds, Map<YearMonth, Double> bedDays) {

    public SiteGoals {
        targets = List.copyOf(targets);
        bedDays = Map.copyOf(new TreeMap<>(bedDays));
    }

    /** The bed-days of a month: entered, or beds × days; null when neither is known. */
    public Double bedDaysOf(YearMonth month) {
        Double entered = bedDays.get(month);
        if (entered != null) {
            return entered;
        }
        return beds > 0 ? (double) beds * month.lengthOfMonth() : null;
    }

    /** The raw form a client sends, checked into goals naming every wrong field; nothing is accepted half. */
    public record Draft(Integer baselineYear, List<TargetDraft> targets, Integer beds, Map<String, Double> bedDays) {
    }

    public record TargetDraft(String metric, Double percent) {
    }

    public static SiteGoals of(String site, Draft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "required: {baselineYear, targets: [{metric, percent}], beds, bedDays}");
        }
        List<InputProblem> problems = new ArrayList<>();
        if (draft.baselineYear() == null || draft.baselineYear() < 2000 || draft.baselineYear() > 2100) {
            problems.add(new InputProblem("baselineYear", "required: a calendar year 2000..2100, was " + draft.baselineYear()));
        }
        List<Target> targets = new ArrayList<>();
        Set<GoalMetric> seen = new HashSet<>();
        List<TargetDraft> drafts = draft.targets() == null ? List.of() : draft.targets();
        if (drafts.isEmpty()) {
            problems.add(new InputProblem("targets", "at least one target {metric, percent} is needed"));
        }
        for (int i = 0; i < drafts.size(); i++) {
            TargetDraft t = drafts.get(i);
            String where = "targets[" + i + "]";
            GoalMetric metric = t == null ? null : GoalMetric.of(t.metric()).orElse(null);
            if (metric == null) {
                problems.add(new InputProblem(where + ".metric", "'" + (t == null ? null : t.metric()) + "' is not one of " + GoalMetric.codes()));
            } else if (!seen.add(metric)) {
                problems.add(new InputProblem(where + ".metric", metric.code() + " has a target already"));
            }
            if (t == null || t.percent() == null || !(t.percent() > 0 && t.percent() < 100)) {
                problems.add(new InputProblem(where + ".percent", "a reduction in % above 0 and below 100, was " + (t == null ? null : t.percent())));
            } else if (metric != null) {
                targets.add(new Target(metric, t.percent()));
            }
        }
        int beds = draft.beds() == null ? 0 : draft.beds();
        if (beds < 0 || beds > 100_000) {
            problems.add(new InputProblem("beds", "0..100000 (0: bed-days only where entered), was " + beds));
        }
        Map<YearMonth, Double> bedDays = new TreeMap<>();
        if (draft.bedDays() != null) {
            draft.bedDays().forEach((key, value) -> {
                try {
                    YearMonth month = YearMonth.parse(key);
                    if (value == null || value < 0) {
                        problems.add(new InputProblem("bedDays." + key, "occupied bed-days ≥ 0, was " + value));
                    } else {
                        bedDays.put(month, value);
                    }
                } catch (DateTimeParseException e) {
                    problems.add(new InputProblem("bedDays." + key, "not a month YYYY-MM"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SiteGoals(site, draft.baselineYear(), targets, beds, bedDays);
    }
}
