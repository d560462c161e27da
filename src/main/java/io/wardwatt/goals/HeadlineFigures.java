package io.wardwatt.goals;

import io.wardwatt.goals.Headline.CarbonLine;
import io.wardwatt.goals.Headline.TargetLine;
import io.wardwatt.goals.ProgressReport.ModelSummary;
import io.wardwatt.goals.ProgressReport.TargetProgress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The headline's comparisons, from the progress and the months' carbon: plain arithmetic, no reading. */
public final class HeadlineFigures {

    private HeadlineFigures() {
    }

    /** Each target of the progress as the headline shows it: the change (−saving) and what the baseline was normalised to. */
    public static List<TargetLine> targets(ProgressReport progress) {
        List<TargetLine> lines = new ArrayList<>();
        for (TargetProgress t : progress.targets()) {
            boolean regression = "regression".equals(t.basis());
            List<String> normalisedTo = regression ? normalisedTo(model(progress, t.metric())) : List.of();
            String status = "no data".equals(t.status()) ? "no-data" : t.status();
            lines.add(new TargetLine(t.metric(), t.unit(), t.targetPct(), t.savingPct() == null ? null : GoalProgress.round(-t.savingPct(), 2),
                    t.savingPct(), t.uncertainty68Pct(), t.uncertainty90Pct(), t.basis(), normalisedTo, t.months(), t.actual(), t.baseline(), status));
        }
        return lines;
    }

    /** The model a target's progress is normalised by: its own energy series where it has one, else total tce. */
    private static ModelSummary model(ProgressReport progress, String metric) {
        return progress.models().stream().filter(m -> m.energy().equals(metric)).findFirst().orElse(progress.models().get(0));
    }

    private static List<String> normalisedTo(ModelSummary model) {
        Set<String> drivers = new LinkedHashSet<>();
        for (String driver : model.drivers()) {
            drivers.add(driver.equals("visits") ? "visits" : "weather");
        }
        return List.copyOf(drivers);
    }

    /**
     * Carbon of the months Jan..{@code through} of the year against the same months of the year before; a month missing
     * in either year is left out of both (and named), so the two totals always cover the same months.
     */
    public static CarbonLine carbon(YearMonth through, Map<YearMonth, Double> thisYear, Map<YearMonth, Double> previousYear) {
        if (through == null) {
            return new CarbonLine(null, null, null, List.of(), List.of(), "no whole month of the year yet");
        }
        List<String> months = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double now = 0;
        double before = 0;
        for (YearMonth m = through.withMonth(1); !m.isAfter(through); m = m.plusMonths(1)) {
            Double a = thisYear.get(m);
            Double b = previousYear.get(m.minusYears(1));
            if (a == null || b == null) {
                missing.add(m.toString());
                continue;
            }
            months.add(m.toString());
            now += a;
            before += b;
        }
        if (months.isEmpty()) {
            return new CarbonLine(null, null, null, months, missing, "no month could be computed in both years");
        }
        Double change = before == 0 ? null : GoalProgress.round((now - before) / before * 100, 2);
        return new CarbonLine(GoalProgress.round(now, 3), GoalProgress.round(before, 3), change, months, missing, null);
    }
}
