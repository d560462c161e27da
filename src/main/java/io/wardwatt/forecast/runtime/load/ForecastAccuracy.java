package io.wardwatt.forecast.runtime.load;

import java.time.LocalDate;
import java.util.List;

/**
 * How accurate the issued forecasts of a target were, the ASHRAE Guideline 14 way (p = 0: out of sample), beside
 * the seasonal-naive forecast (the same hour one week earlier) on the same hours.
 *
 * @param from first local day whose issues are scored
 * @param to last local day whose issues are scored
 * @param issues issues made in the period
 * @param overall every scored hour of every issue
 * @param byLeadDay hours 1–24, 25–48, ... ahead
 * @param byHoursAhead each hour ahead (1 = the hour starting at the issue)
 * @param meetsGuideline14Hourly CV(RMSE) at most 30 % and |NMBE| at most 10 %, Guideline 14's criteria for an hourly
 *                               model; null with nothing scored
 */
public record ForecastAccuracy(String site, String target, LocalDate from, LocalDate to, int issues, Figures overall, List<Band> byLeadDay,
        List<Band> byHoursAhead, Boolean meetsGuideline14Hourly) {

    /**
     * @param hours hours scored: measured, forecast, and measured a week earlier
     * @param improvementVsNaivePct how much lower the forecast's CV(RMSE) is than naive's, % of naive's
     */
    public record Figures(long hours, Double meanMeasuredKw, Double cvrmsePct, Double nmbePct, Double naiveCvrmsePct, Double naiveNmbePct,
            Double improvementVsNaivePct) {
    }

    /** Figures over hours {@code fromHour}..{@code toHour} ahead. */
    public record Band(int fromHour, int toHour, Figures figures) {
    }
}
