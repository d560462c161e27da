package io.wardwatt.forecast.runtime.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.model.BacktestResult;
import io.wardwatt.forecast.model.DayAheadBacktest;
import io.wardwatt.forecast.model.EveningForecast;
import io.wardwatt.forecast.model.Guideline14Fit;
import io.wardwatt.forecast.model.LoadModel;
import io.wardwatt.forecast.store.LoadModelRepository;
import io.wardwatt.forecast.store.LoadModelRow;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Trains a target's models (one per lead day) on the site's stored history and keeps each training run as a
 * version. Training again on the same data gives the same coefficients, hence the same version, which is found
 * instead of stored twice.
 */
@ApplicationScoped
public class LoadModelTraining {

    static final String ENTITY = "load-model";
    /** Days before the training window that the recent-load features of its first days read. */
    static final int LOOKBACK_DAYS = 21;

    @Inject
    LoadForecastConfig config;

    @Inject
    LoadSites sites;

    @Inject
    SiteHoursAssembler assembler;

    @Inject
    LoadModelRepository models;

    @Inject
    LoadModelCodec codec;

    @Inject
    AuditTrail audit;

    /** What a training did: {@code created} is false when the same version was stored before. */
    public record Trained(LoadModelVersion model, boolean created) {
    }

    /** The lead days the issues need: an issue late in the evening reaches {@code horizonHours} into later days. */
    int maxLeadDays() {
        return (23 + config.horizonHours() - 1) / 24;
    }

    /**
     * Trains on the {@code trainDays} local days before {@code trainingDay}.
     *
     * @throws StateConflictException when the history is too short or too patchy to fit every lead's model
     */
    @Transactional
    public Trained train(String siteCode, String target, LocalDate trainingDay) {
        Site site = sites.require(siteCode);
        DayCalendar calendar = sites.calendar();
        int trainDays = config.trainDays();
        LocalDate first = trainingDay.minusDays(trainDays + config.backtestDays() + LOOKBACK_DAYS);
        Instant from = first.atStartOfDay(site.zone()).toInstant();
        Instant to = trainingDay.atStartOfDay(site.zone()).toInstant();
        int hours = (int) Duration.between(from, to).toHours();
        SiteHours inputs = assembler.assemble(site, target, calendar, from, hours, to);
        List<LoadModelVersion.Lead> leads = new ArrayList<>();
        for (int lead = 0; lead <= maxLeadDays(); lead++) {
            Optional<LoadModel> fitted = LoadModel.fit(inputs.history(), site.zone(), calendar, trainingDay, trainDays, lead);
            if (fitted.isEmpty()) {
                throw new StateConflictException("cannot train the " + target + " model of " + siteCode + ": fewer than half of the "
                        + trainDays * 24 + " hours before " + trainingDay + " have a measured load (" + inputs.loadHours() + " of the "
                        + hours + " hours read from " + first + " on have one; points " + config.targets().get(target).points() + ")");
            }
            leads.add(lead(fitted.get()));
        }
        LoadModelVersion.Backtest backtest = config.backtestDays() == 0 ? null : backtest(inputs, site, calendar, trainDays);
        String leadsJson = codec.write(leads);
        String version = target + "-" + trainingDay.minusDays(1) + "-" + fingerprint(leadsJson);
        models.lock(siteCode, target);
        Optional<LoadModelRow> existing = models.byVersion(siteCode, version);
        if (existing.isPresent()) {
            return new Trained(codec.model(existing.get()), false);
        }
        LoadModelRow row = new LoadModelRow();
        row.version = version;
        row.trainedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
        row.site = siteCode;
        row.target = target;
        row.trainFrom = trainingDay.minusDays(trainDays);
        row.trainTo = trainingDay.minusDays(1);
        row.leads = leadsJson;
        row.backtest = backtest == null ? null : codec.write(backtest);
        row.inputs = codec.write(new LoadModelVersion.Inputs(first, trainingDay.minusDays(1), hours, inputs.loadHours(), inputs.weatherCounts(),
                inputs.visits()));
        LoadModelVersion stored = codec.model(models.insert(row));
        audit.record("train", ENTITY, stored.version(), null, stored);
        return new Trained(stored, true);
    }

    /**
     * The evening version for an issue at or after {@link EveningForecast#ISSUE_HOUR}: the daily version's midnight
     * leads and the lead-1 model fitted at this issue to the {@code trainDays} days before its day and the day's
     * hours so far ({@link LoadModel#fitAtIssue}, as {@link EveningForecast} does). Stored as a version (its
     * {@code trainTo} is the issue's day) so that the issue names the model it was made with.
     *
     * @return empty when the history is too short for the evening model (the daily version then forecasts tomorrow)
     */
    @Transactional
    public Optional<Trained> trainEvening(String siteCode, String target, LoadModelVersion daily, Instant issueHour) {
        Site site = sites.require(siteCode);
        DayCalendar calendar = sites.calendar();
        int trainDays = config.trainDays();
        LocalDate issueDay = issueHour.atZone(site.zone()).toLocalDate();
        LocalDate first = issueDay.minusDays(trainDays + LOOKBACK_DAYS);
        Instant from = first.atStartOfDay(site.zone()).toInstant();
        // the issue day is featured when the next day's first hour is on the grid
        int hours = (int) Duration.between(from, issueDay.plusDays(1).atStartOfDay(site.zone()).toInstant()).toHours() + 1;
        SiteHours inputs = assembler.assemble(site, target, calendar, from, hours, issueHour);
        Optional<LoadModel> evening = LoadModel.fitAtIssue(inputs.history(), site.zone(), calendar, issueHour, trainDays);
        if (evening.isEmpty()) {
            return Optional.empty();
        }
        List<LoadModelVersion.Lead> leads = new ArrayList<>(daily.leads().stream().filter(l -> !l.eveningModel()).toList());
        leads.add(lead(evening.get()));
        String leadsJson = codec.write(leads);
        String version = target + "-" + issueDay + "T" + String.format("%02d", issueHour.atZone(site.zone()).getHour()) + "-" + fingerprint(leadsJson);
        models.lock(siteCode, target);
        Optional<LoadModelRow> existing = models.byVersion(siteCode, version);
        if (existing.isPresent()) {
            return Optional.of(new Trained(codec.model(existing.get()), false));
        }
        LoadModelRow row = new LoadModelRow();
        row.version = version;
        row.trainedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        row.site = siteCode;
        row.target = target;
        row.trainFrom = issueDay.minusDays(trainDays);
        row.trainTo = issueDay;
        row.leads = leadsJson;
        row.backtest = daily.backtest() == null ? null : codec.write(daily.backtest());
        row.inputs = codec.write(new LoadModelVersion.Inputs(first, issueDay, hours, inputs.loadHours(), inputs.weatherCounts(), inputs.visits()));
        LoadModelVersion stored = codec.model(models.insert(row));
        audit.record("train", ENTITY, stored.version(), null, stored);
        return Optional.of(new Trained(stored, true));
    }

    private static LoadModelVersion.Lead lead(LoadModel model) {
        Guideline14Fit fit = model.fit().orElse(null);
        return new LoadModelVersion.Lead(model.leadDays(), model.features(), model.coefficients(), model.meanLoadKw(), model.trainingHours(),
                fit == null ? null : finite(fit.cvrmsePct()), fit == null ? null : finite(fit.nmbePct()), model.issueHour(),
                model.correctionFactor(), model.correctionHours());
    }

    /** Scored as the service forecasts: lead 0 from midnight and the evening plan's lead 1, each with its correction. */
    private static LoadModelVersion.Backtest backtest(SiteHours inputs, Site site, DayCalendar calendar, int trainDays) {
        BacktestResult result = DayAheadBacktest.run(inputs.history(), site.zone(), calendar, trainDays);
        if (result.hours() == 0) {
            return null;
        }
        BacktestResult evening = DayAheadBacktest.runEvening(inputs.history(), site.zone(), calendar, trainDays);
        Double eveningCvrmse = evening.hours() == 0 ? null : finite(evening.model().cvrmsePct());
        return new LoadModelVersion.Backtest(trainDays, result.days(), result.hours(), finite(result.model().cvrmsePct()),
                finite(result.model().nmbePct()), finite(result.naive().cvrmsePct()), finite(result.improvementVsNaivePct()), eveningCvrmse,
                evening.hours() == 0 ? null : finite(evening.model().nmbePct()),
                eveningCvrmse == null ? null : finite(evening.model().cvrmsePct() / result.model().cvrmsePct()));
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String fingerprint(String leadsJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(leadsJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
