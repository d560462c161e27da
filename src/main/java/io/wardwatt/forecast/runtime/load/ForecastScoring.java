package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.model.Guideline14Fit;
import io.wardwatt.forecast.store.LoadForecastRepository;
import io.wardwatt.forecast.store.LoadForecastRow;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Scores the issues of a period against the loads measured since ({@link ForecastAccuracy}). */
@ApplicationScoped
public class ForecastScoring {

    /** The longest period scored at once. */
    static final int MAX_DAYS = 92;
    static final int WEEK_HOURS = 168;

    @Inject
    LoadForecastConfig config;

    @Inject
    LoadSites sites;

    @Inject
    HourlySeries series;

    @Inject
    LoadForecastRepository forecasts;

    public ForecastAccuracy score(String siteCode, String target, LocalDate from, LocalDate to) {
        Site site = sites.require(siteCode);
        sites.requireTarget(target);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + "), got " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "score at most " + MAX_DAYS + " days at once, got " + (ChronoUnit.DAYS.between(from, to) + 1));
        }
        Instant start = from.atStartOfDay(site.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(site.zone()).toInstant();
        List<LoadForecastRow> issues = forecasts.issuedBetween(siteCode, target, start, end);
        int horizon = issues.stream().mapToInt(r -> r.loadsKw.length).max().orElse(0);
        Instant seriesFrom = start.minus(Duration.ofHours(WEEK_HOURS));
        Instant now = Instant.now();
        int hours = (int) Duration.between(seriesFrom, end.plus(Duration.ofHours(horizon))).toHours();
        double[] measured = series.sumKw(siteCode, config.targets().get(target).points(), seriesFrom, hours,
                "wardwatt.forecast.load.targets." + target + ".points");
        Guideline14Fit[][] byHour = new Guideline14Fit[horizon][2];
        for (int k = 0; k < horizon; k++) {
            byHour[k] = new Guideline14Fit[] {new Guideline14Fit(0), new Guideline14Fit(0)};
        }
        for (LoadForecastRow issue : issues) {
            int first = (int) Duration.between(seriesFrom, issue.issuedAt).toHours();
            for (int k = 0; k < issue.loadsKw.length; k++) {
                int i = first + k;
                boolean measuredYet = issue.issuedAt.plusSeconds(3600L * (k + 1)).isBefore(now.plusSeconds(1));
                if (!measuredYet || i >= measured.length || Double.isNaN(measured[i]) || Double.isNaN(measured[i - WEEK_HOURS])) {
                    continue;
                }
                byHour[k][0].add(measured[i], issue.loadsKw[k]);
                byHour[k][1].add(measured[i], measured[i - WEEK_HOURS]);
            }
        }
        List<ForecastAccuracy.Band> perHour = new ArrayList<>();
        List<ForecastAccuracy.Band> perDay = new ArrayList<>();
        for (int k = 0; k < horizon; k++) {
            perHour.add(new ForecastAccuracy.Band(k + 1, k + 1, figures(List.of(byHour[k]))));
        }
        for (int day = 0; day * 24 < horizon; day++) {
            List<Guideline14Fit[]> band = new ArrayList<>();
            for (int k = day * 24; k < Math.min(horizon, day * 24 + 24); k++) {
                band.add(byHour[k]);
            }
            perDay.add(new ForecastAccuracy.Band(day * 24 + 1, Math.min(horizon, day * 24 + 24), merged(band)));
        }
        ForecastAccuracy.Figures overall = merged(List.of(byHour));
        Boolean meets = overall.cvrmsePct() == null ? null : overall.cvrmsePct() <= 30 && Math.abs(overall.nmbePct()) <= 10;
        return new ForecastAccuracy(siteCode, target, from, to, issues.size(), overall, perDay, perHour, meets);
    }

    private static ForecastAccuracy.Figures merged(List<Guideline14Fit[]> pairs) {
        Guideline14Fit model = new Guideline14Fit(0);
        Guideline14Fit naive = new Guideline14Fit(0);
        for (Guideline14Fit[] pair : pairs) {
            model.merge(pair[0]);
            naive.merge(pair[1]);
        }
        return figures(List.of(model, naive));
    }

    private static ForecastAccuracy.Figures figures(List<Guideline14Fit> pair) {
        Guideline14Fit model = pair.get(0);
        Guideline14Fit naive = pair.get(1);
        Double improvement = model.count() == 0 ? null : LoadModelTraining.finite(100 * (1 - model.cvrmsePct() / naive.cvrmsePct()));
        return new ForecastAccuracy.Figures(model.count(), LoadModelTraining.finite(model.meanMeasured()), LoadModelTraining.finite(model.cvrmsePct()),
                LoadModelTraining.finite(model.nmbePct()), LoadModelTraining.finite(naive.cvrmsePct()), LoadModelTraining.finite(naive.nmbePct()),
                improvement);
    }
}
