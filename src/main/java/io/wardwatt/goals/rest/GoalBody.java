package io.wardwatt.goals.rest;

import io.wardwatt.goals.SiteGoals;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The goals as sent and shown: {@code {"baselineYear": 2025, "targets": [{"metric": "total-energy-tce", "percent": 5}], "beds": 1200, "bedDays": {}}}. */
public record GoalBody(String site, Integer baselineYear, List<SiteGoals.TargetDraft> targets, Integer beds, Map<String, Double> bedDays) {

    static GoalBody of(SiteGoals goals) {
        Map<String, Double> days = new TreeMap<>();
        goals.bedDays().forEach((month, value) -> days.put(month.toString(), value));
        return new GoalBody(goals.site(), goals.baselineYear(), goals.targets().stream()
                .map(t -> new SiteGoals.TargetDraft(t.metric().code(), t.percent())).toList(), goals.beds(), days);
    }

    SiteGoals.Draft draft() {
        return new SiteGoals.Draft(baselineYear, targets, beds, bedDays);
    }
}
