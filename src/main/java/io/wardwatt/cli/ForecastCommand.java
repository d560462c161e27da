package io.wardwatt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.calendar.DayCalendarReader;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.history.HourlyHistoryReader;
import io.wardwatt.forecast.model.BacktestResult;
import io.wardwatt.forecast.model.DayAheadBacktest;
import io.wardwatt.forecast.model.Guideline14Fit;
import io.wardwatt.forecast.model.VisitsBacktest;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code forecast backtest --history FILE}: the day-ahead load model's walk-forward backtest, as JSON. */
final class ForecastCommand implements Command {

    /** At most this many skipped or duplicate rows are listed in the JSON (all are counted). */
    static final int LISTED_ROWS = 20;

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public String summary() {
        return "day-ahead hourly load backtest on an hourly history CSV, metrics as JSON (no database)";
    }

    @Override
    public String usage() {
        return """
                Usage: forecast backtest --history FILE [--calendar none|cn|uk|FILE] [--zone ZONE] [--train-days N] [--lead-days 0|1|2] [--issue-hour H]
                  --history FILE     hourly CSV: timestamp,load_kw,temp_c,rh_pct[,visits][,solar_w_m2] (README, "Load forecasts")
                  --calendar C       holidays and make-up working days: none (weekends only, default), cn (China
                                     2024-2027), uk (England and Wales 2014-2018) or a calendar file
                  --zone ZONE        the building's time zone: days start at its midnight (default UTC)
                  --train-days N     days of history each day's model is fitted to (default 56)
                  --lead-days L      forecast each day L days ahead of its own midnight (default 0, day-ahead; 1: the
                                     second day of a 48-hour forecast, hours ahead 25-48)
                  --issue-hour H     issue H hours after that midnight (0-23, default 0; above 0 only with a lead
                                     of 1 or 2): the loads before it are known (17 with lead 1: the evening plan's)
                  Each day is forecast from the data before it, with its observed weather as a perfect weather
                  forecast; prints ASHRAE Guideline 14 CV(RMSE) and NMBE overall and per hour ahead, beside the
                  week-naive forecast (the same hour a week earlier) and overall beside the day-naive one (a day earlier), per
                  local hour of day, and per lead: day-ahead (lead 0 at midnight) and the forecast the evening
                  (17:30) daily plan uses (lead 1 issued at 17:00), with its CV(RMSE) ratio to lead 0. With a visits column, also the daily
                  outpatient visits forecast (day of week, day type, season) against the same weekday a week
                  earlier. Bad input: every problem with its line, exit 2.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("backtest")) {
            throw new UsageException("the only forecast command is 'backtest'");
        }
        Map<String, String> options = OptionPairs.parse(args.subList(1, args.size()), Set.of("--history", "--calendar", "--zone", "--train-days", "--lead-days", "--issue-hour"));
        if (!options.containsKey("--history")) {
            throw new UsageException("--history FILE is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(options.getOrDefault("--zone", "UTC"));
        } catch (DateTimeException e) {
            throw new UsageException("--zone takes a time zone such as Asia/Shanghai, got '" + options.get("--zone") + "'");
        }
        int trainDays;
        try {
            trainDays = Integer.parseInt(options.getOrDefault("--train-days", String.valueOf(DayAheadBacktest.DEFAULT_TRAIN_DAYS)));
        } catch (NumberFormatException e) {
            throw new UsageException("--train-days takes a whole number of days, got '" + options.get("--train-days") + "'");
        }
        if (trainDays < 7 || trainDays > 730) {
            throw new UsageException("--train-days must lie in 7..730, got " + trainDays);
        }
        int leadDays = switch (options.getOrDefault("--lead-days", "0")) {
            case "0" -> 0;
            case "1" -> 1;
            case "2" -> 2;
            default -> throw new UsageException("--lead-days takes 0, 1 or 2, got '" + options.get("--lead-days") + "'");
        };
        int issueHour;
        try {
            issueHour = Integer.parseInt(options.getOrDefault("--issue-hour", "0"));
        } catch (NumberFormatException e) {
            throw new UsageException("--issue-hour takes a whole hour 0..23, got '" + options.get("--issue-hour") + "'");
        }
        if (issueHour < 0 || issueHour > 23 || (issueHour > 0 && leadDays == 0)) {
            throw new UsageException("--issue-hour must lie in 0..23, and be 0 with --lead-days 0, got " + issueHour);
        }
        String calendarName = options.getOrDefault("--calendar", "none");
        HourlyHistory history;
        DayCalendar calendar;
        try {
            calendar = DayCalendarReader.named(calendarName);
            history = HourlyHistoryReader.readFile(Path.of(options.get("--history")));
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            err.println("forecast: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; no backtest");
            return 2;
        }
        BacktestResult result = DayAheadBacktest.run(history, zone, calendar, trainDays, leadDays, issueHour);
        if (result.hours() == 0) {
            err.println("forecast: no hour could be forecast and scored: the history needs more than " + (trainDays + 7) + " days with load");
            return 1;
        }
        BacktestResult dayAhead = leadDays == 0 ? result : DayAheadBacktest.run(history, zone, calendar, trainDays, 0, 0);
        BacktestResult evening = leadDays == DayAheadBacktest.EVENING_LEAD_DAYS && issueHour == DayAheadBacktest.EVENING_ISSUE_HOUR ? result
                : DayAheadBacktest.runEvening(history, zone, calendar, trainDays);
        try {
            Map<String, Object> json = json(history, result, zone, calendar);
            json.put("perLead", List.of(lead(dayAhead), lead(evening)));
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("plan", "daily plan at 17:30 local, for the next local day");
            plan.put("leadDays", evening.leadDays());
            plan.put("issueHour", evening.issueHour());
            plan.put("cvrmsePct", round(evening.model().cvrmsePct()));
            plan.put("lead0CvrmsePct", round(dayAhead.model().cvrmsePct()));
            plan.put("ratioToLead0", round3(evening.model().cvrmsePct() / dayAhead.model().cvrmsePct()));
            json.put("eveningPlan", plan);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    private static Map<String, Object> json(HourlyHistory history, BacktestResult result, ZoneId zone, DayCalendar calendar) {
        HourlyHistory.Report report = history.report();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("history", report.source());
        json.put("zone", zone.getId());
        json.put("calendar", calendar.name());
        json.put("calendarCoversBacktest", result.calendarCovers());
        json.put("calendarProvisionalBacktest", result.calendarProvisional());
        json.put("trainDays", result.trainDays());
        json.put("leadDays", result.leadDays());
        json.put("issueHour", result.issueHour());
        json.put("cvrmsePct", round(result.model().cvrmsePct()));
        json.put("nmbePct", round(result.model().nmbePct()));
        json.put("naiveCvrmsePct", round(result.naive().cvrmsePct()));
        json.put("naiveNmbePct", round(result.naive().nmbePct()));
        json.put("improvementVsNaivePct", round(result.improvementVsNaivePct()));
        json.put("dayNaiveCvrmsePct", round(result.dayNaive().cvrmsePct()));
        json.put("dayNaiveNmbePct", round(result.dayNaive().nmbePct()));
        json.put("meanLoadKw", round(result.model().meanMeasured()));
        json.put("days", result.days());
        json.put("hours", result.hours());
        json.put("skippedDays", result.skippedDays());
        json.put("unscoredHours", result.unscoredHours());
        json.put("substitutedInputHours", result.substitutedHours());
        json.put("rows", report.dataRows());
        json.put("skippedRows", report.skipped().size());
        json.put("skipped", report.skipped().stream().limit(LISTED_ROWS).map(InputProblem::toString).toList());
        json.put("duplicateHours", report.duplicateHours());
        json.put("duplicates", report.duplicates().stream().limit(LISTED_ROWS).map(InputProblem::toString).toList());
        json.put("gapHours", report.gapHours());
        json.put("missingLoadHours", report.missingLoadHours());
        json.put("missingTempHours", report.missingTempHours());
        json.put("missingRhHours", report.missingRhHours());
        VisitsBacktest.Result visits = VisitsBacktest.run(history, zone, calendar);
        if (visits != null) {
            Map<String, Object> daily = new LinkedHashMap<>();
            daily.put("days", visits.model().count());
            daily.put("cvrmsePct", round(visits.model().cvrmsePct()));
            daily.put("nmbePct", round(visits.model().nmbePct()));
            daily.put("naiveCvrmsePct", round(visits.naive().cvrmsePct()));
            daily.put("meanVisits", round(visits.model().meanMeasured()));
            daily.put("calendarProvisional", visits.calendarProvisional());
            json.put("dailyVisits", daily);
        }
        json.put("features", result.features());
        json.put("perHorizon", result.horizons().stream().map(h -> horizon(h.hoursAhead(), h.model(), h.naive())).toList());
        List<Map<String, Object>> hoursOfDay = new java.util.ArrayList<>();
        for (int hour = 0; hour < result.hoursOfDay().size(); hour++) {
            Guideline14Fit fit = result.hoursOfDay().get(hour);
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("hourOfDay", hour);
            h.put("hours", fit.count());
            h.put("cvrmsePct", round(fit.cvrmsePct()));
            h.put("nmbePct", round(fit.nmbePct()));
            hoursOfDay.add(h);
        }
        json.put("perHourOfDay", hoursOfDay);
        return json;
    }

    private static Map<String, Object> lead(BacktestResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("leadDays", result.leadDays());
        json.put("issueHour", result.issueHour());
        json.put("hours", result.hours());
        json.put("cvrmsePct", round(result.model().cvrmsePct()));
        json.put("nmbePct", round(result.model().nmbePct()));
        json.put("dayNaiveCvrmsePct", round(result.dayNaive().cvrmsePct()));
        json.put("dayNaiveNmbePct", round(result.dayNaive().nmbePct()));
        json.put("weekNaiveCvrmsePct", round(result.naive().cvrmsePct()));
        json.put("weekNaiveNmbePct", round(result.naive().nmbePct()));
        json.put("ratioToWeekNaive", round3(result.model().cvrmsePct() / result.naive().cvrmsePct()));
        json.put("ratioToDayNaive", round3(result.model().cvrmsePct() / result.dayNaive().cvrmsePct()));
        List<Map<String, Object>> hours = new java.util.ArrayList<>();
        for (int hour = 0; hour < result.hoursOfDay().size(); hour++) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("hourOfDay", hour);
            h.put("cvrmsePct", round(result.hoursOfDay().get(hour).cvrmsePct()));
            h.put("nmbePct", round(result.hoursOfDay().get(hour).nmbePct()));
            h.put("dayNaiveCvrmsePct", round(result.dayNaiveHoursOfDay().get(hour).cvrmsePct()));
            h.put("dayNaiveNmbePct", round(result.dayNaiveHoursOfDay().get(hour).nmbePct()));
            h.put("weekNaiveCvrmsePct", round(result.naiveHoursOfDay().get(hour).cvrmsePct()));
            h.put("weekNaiveNmbePct", round(result.naiveHoursOfDay().get(hour).nmbePct()));
            hours.add(h);
        }
        json.put("perHourOfDay", hours);
        return json;
    }

    private static Map<String, Object> horizon(int hoursAhead, Guideline14Fit model, Guideline14Fit naive) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hoursAhead", hoursAhead);
        json.put("hours", model.count());
        json.put("cvrmsePct", round(model.cvrmsePct()));
        json.put("nmbePct", round(model.nmbePct()));
        json.put("naiveCvrmsePct", round(naive.cvrmsePct()));
        return json;
    }

    private static Double round3(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }

    private static Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
