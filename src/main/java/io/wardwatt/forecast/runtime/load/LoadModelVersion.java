package io.wardwatt.forecast.runtime.load;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A stored training run of a target's models: the version every forecast made from it names.
 *
 * @param trainFrom first local day trained on
 * @param trainTo last local day trained on (an evening version: the issue's own day, trained on its hours so far)
 * @param leads one model per lead day
 * @param backtest the walk-forward day-ahead backtest on the same history when it was trained; null when the
 *                 history was too short
 * @param inputs what the history held
 */
public record LoadModelVersion(long id, String version, String site, String target, Instant trainedAt, LocalDate trainFrom, LocalDate trainTo,
        List<Lead> leads, Backtest backtest, Inputs inputs) {

    /**
     * The model of one lead day; fit figures are null when the training hours were too few to compute them.
     *
     * @param issueHour local hour of the issue day the model forecasts from: 0 (null in versions stored before) for the
     *                  midnight models, the evening issue's hour for the lead-1 model fitted at that issue
     * @param correctionFactor φ of the recent-residual correction (null before: none)
     * @param correctionHours the hours before the issue whose mean residual the correction reads
     */
    public record Lead(int leadDays, List<String> features, double[] coefficients, double meanLoadKw, int trainingHours, Double fitCvrmsePct,
            Double fitNmbePct, Integer issueHour, Double correctionFactor, Integer correctionHours) {

        boolean eveningModel() {
            return issueHour != null && issueHour > 0;
        }
    }

    /**
     * Guideline 14 figures of the backtest as the service forecasts (lead 0 from midnight with its correction), and
     * seasonal naive's on the same hours; {@code evening*}: the forecast the evening plan uses (lead 1 issued at
     * 17:00 with the day so far), null in versions stored before.
     */
    public record Backtest(int trainDays, int days, long hours, Double cvrmsePct, Double nmbePct, Double naiveCvrmsePct,
            Double improvementVsNaivePct, Double eveningCvrmsePct, Double eveningNmbePct, Double eveningRatioToLead0) {
    }

    /** The history's hours, those with a measured load, hours of weather by source, and where the visits came from. */
    public record Inputs(LocalDate from, LocalDate to, int hours, int loadHours, Map<String, Long> weather, String visits) {
    }
}
