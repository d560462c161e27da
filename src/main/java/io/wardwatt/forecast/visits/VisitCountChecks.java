package io.wardwatt.forecast.visits;

import io.wardwatt.input.InputProblem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules an upload must keep as a whole, whichever its format: one count per key, and a day is sent either as a daily
 * total or by the hour, never both (the total would count its visits twice).
 */
final class VisitCountChecks {

    private final Map<String, String> seenKeys = new HashMap<>();
    private final Map<LocalDate, String> dayKind = new HashMap<>();
    private final Set<LocalDate> mixedReported = new HashSet<>();

    /** @param where where the count was read, for the problem */
    void check(VisitCount count, String where, List<InputProblem> problems) {
        String earlier = seenKeys.putIfAbsent(count.key(), where);
        if (earlier != null) {
            problems.add(new InputProblem(where, "a second count for " + count.key() + " (the first is at " + earlier + ")"));
            return;
        }
        String kind = count.hour() == null ? "daily" : "hourly";
        String first = dayKind.putIfAbsent(count.date(), kind);
        if (first != null && !first.equals(kind) && mixedReported.add(count.date())) {
            problems.add(new InputProblem(where, count.date() + " has both a daily count and hourly counts; send one or the other"));
        }
    }
}
