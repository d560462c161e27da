package io.wardwatt.forecast.runtime.load;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.model.EveningForecast;
import io.wardwatt.forecast.model.ForecastHour;
import io.wardwatt.forecast.model.HorizonForecaster;
import io.wardwatt.forecast.store.LoadForecastRepository;
import io.wardwatt.forecast.store.LoadForecastRow;
import io.wardwatt.forecast.store.LoadModelRepository;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Issues a target's hourly forecast for the {@code horizonHours} from an hour with the latest model version,
 * training one first when there is none, or again when the site's inputs changed (a weather station or visits
 * appeared). One issue per site, target and hour: issuing again in the same hour finds the first one.
 */
@ApplicationScoped
public class LoadForecastIssuer {

    static final String ENTITY = "load-forecast";

    @Inject
    LoadForecastConfig config;

    @Inject
    LoadSites sites;

    @Inject
    SiteHoursAssembler assembler;

    @Inject
    LoadModelTraining training;

    @Inject
    LoadModelRepository models;

    @Inject
    LoadForecastRepository forecasts;

    @Inject
    LoadModelCodec codec;

    @Inject
    PlanningDayForecasts planningDays;

    @Inject
    AuditTrail audit;

    /** What an issue did: {@code created} is false when the hour's issue was made before. */
    public record Issued(IssuedLoadForecast forecast, boolean created, List<DayLoadForecast> dayForecasts) {
    }

    @Transactional
    public Issued issue(String siteCode, String target, Instant issueHour) {
        Site site = sites.require(siteCode);
        sites.requireTarget(target);
        forecasts.lock(siteCode, target, issueHour);
        Optional<LoadForecastRow> existing = forecasts.issued(siteCode, target, issueHour);
        if (existing.isPresent()) {
            LoadForecastRow row = existing.get();
            return new Issued(LoadModelCodec.forecast(row, models.findById(row.modelId).version), false, List.of());
        }
        DayCalendar calendar = sites.calendar();
        LocalDate issueDay = issueHour.atZone(site.zone()).toLocalDate();
        Instant from = issueDay.minusDays(LoadModelTraining.LOOKBACK_DAYS).atStartOfDay(site.zone()).toInstant();
        Instant lastHour = issueHour.plusSeconds(3600L * (config.horizonHours() - 1));
        Instant to = lastHour.atZone(site.zone()).toLocalDate().plusDays(1).atStartOfDay(site.zone()).toInstant();
        int hours = (int) Duration.between(from, to).toHours() + 1; // a day is on the grid when the next one's first hour is
        SiteHours inputs = assembler.assemble(site, target, calendar, from, hours, issueHour);

        LoadModelVersion model = models.latest(siteCode, target).map(codec::model)
                .orElseGet(() -> training.train(siteCode, target, issueDay).model());
        List<ForecastHour> forecast;
        try {
            model = evening(siteCode, target, model, issueHour, site);
            forecast = HorizonForecaster.forecast(inputs.history(), site.zone(), calendar, LoadModelCodec.models(model, issueDay), issueHour,
                    config.horizonHours());
        } catch (IllegalArgumentException stale) {
            // The model reads other inputs than the site now records (or lacks a lead the horizon needs): train anew.
            model = evening(siteCode, target, training.train(siteCode, target, issueDay).model(), issueHour, site);
            forecast = HorizonForecaster.forecast(inputs.history(), site.zone(), calendar, LoadModelCodec.models(model, issueDay), issueHour,
                    config.horizonHours());
        }
        LoadForecastRow row = new LoadForecastRow();
        row.site = siteCode;
        row.target = target;
        row.issuedAt = issueHour;
        row.loadsKw = forecast.stream().mapToDouble(ForecastHour::loadKw).toArray();
        row.weather = forecast.stream().map(h -> inputs.weatherSources().get(inputs.history().indexOf(h.hourStart()))).toArray(String[]::new);
        row.visits = inputs.visits();
        row.substituted = (int) forecast.stream().filter(ForecastHour::substituted).count();
        row.modelId = model.id();
        row.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        IssuedLoadForecast issued = LoadModelCodec.forecast(forecasts.insert(row), model.version());
        audit.record("issue", ENTITY, String.valueOf(issued.id()), null, summary(issued));
        List<DayLoadForecast> days = target.equals(config.planningTarget()) ? planningDays.fromIssue(site, issued) : List.of();
        return new Issued(issued, true, days);
    }

    /**
     * From the evening hour on, tomorrow is forecast with the day so far: the version with the lead-1 model fitted at
     * this issue ({@link LoadModelTraining#trainEvening}); before it, or with too little history, the version as it is.
     */
    private LoadModelVersion evening(String siteCode, String target, LoadModelVersion model, Instant issueHour, Site site) {
        if (issueHour.atZone(site.zone()).getHour() < EveningForecast.ISSUE_HOUR) {
            return model;
        }
        return training.trainEvening(siteCode, target, model, issueHour).map(LoadModelTraining.Trained::model).orElse(model);
    }

    /** The audit keeps what identifies the issue, not its 48 loads (they are in the row, which never changes). */
    private static Object summary(IssuedLoadForecast issued) {
        return java.util.Map.of("site", issued.site(), "target", issued.target(), "issuedAt", issued.issuedAt().toString(),
                "modelVersion", issued.modelVersion(), "hours", issued.hours().size());
    }
}
