package io.wardwatt.sim.closedloop;

import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.model.EveningForecast;
import io.wardwatt.sim.weather.SimulatedForecast;
import io.wardwatt.sim.weather.Weather;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evening forecast of the next day's cooling load as the service makes it ({@link EveningForecast#nextDay}: the
 * lead-1 model fitted at the issue to the {@code trainDays} recorded days and the issue day so far, with its
 * recent-residual correction), from the weather known by then: recorded hours before the issue, the simulated weather
 * service's forecast after it, off by the simulator's forecast errors.
 */
final class EveningForecaster {

    /** Days read before the training window, for the features that look back (the service's lookback). */
    static final int LOOKBACK_DAYS = 14;

    /** The most global horizontal irradiance a daily scenario takes (the scenario reader's limit), W/m². */
    static final double MAX_GROUND_IRRADIANCE_WM2 = 1400;

    private final HourlyRecorder recorder;
    private final Weather weather;
    private final long seed;
    private final ZoneId zone;
    private final DayCalendar calendar;
    private final int trainDays;

    EveningForecaster(HourlyRecorder recorder, Weather weather, long seed, ZoneId zone, DayCalendar calendar, int trainDays) {
        this.recorder = recorder;
        this.weather = weather;
        this.seed = seed;
        this.zone = zone;
        this.calendar = calendar;
        this.trainDays = trainDays;
    }

    /** The plan's inputs for {@code day}, issued at {@code issueHour} (a whole hour of the day before). */
    DayInputs forecast(LocalDate day, Instant issueHour) {
        LocalDate issueDay = issueHour.atZone(zone).toLocalDate();
        Instant from = issueDay.minusDays(trainDays + LOOKBACK_DAYS).atStartOfDay(zone).toInstant();
        if (from.isBefore(recorder.start())) {
            from = recorder.start();
        }
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(1));
        int hours = (int) Duration.between(from, to).toHours();
        int ahead = (int) Duration.between(issueHour, to).toHours();
        List<SimulatedForecast.Hour> issued = SimulatedForecast.issue(weather, seed, issueHour, ahead);
        double[] load = new double[hours];
        double[] temp = new double[hours];
        double[] rh = new double[hours];
        double[] solar = new double[hours];
        for (int i = 0; i < hours; i++) {
            Instant hour = from.plus(Duration.ofHours(i));
            if (hour.isBefore(issueHour)) {
                int r = recorder.index(hour);
                load[i] = recorder.loadKw(r);
                temp[i] = recorder.temperatureC(r);
                rh[i] = recorder.humidityPct(r);
                solar[i] = recorder.solarWm2(r);
            } else {
                // the forecast hour that ends at this hour's end: its temperature at the end, its mean irradiance
                SimulatedForecast.Hour f = issued.get((int) Duration.between(issueHour, hour).toHours());
                load[i] = Double.NaN;
                temp[i] = f.temperatureC();
                rh[i] = f.relativeHumidityPct();
                solar[i] = f.ghiWm2();
            }
        }
        HourlyHistory history = new HourlyHistory(from, load, temp, rh, null, solar,
                new HourlyHistory.Report("simulated meters", hours, List.of(), 0, List.of(), 0, 0, 0, 0));
        Optional<EveningForecast.Forecast> forecast = EveningForecast.nextDay(history, zone, calendar, issueHour, trainDays);
        if (forecast.isEmpty() || forecast.get().loadsKw().length != 24 || !forecast.get().day().equals(day)) {
            throw new IllegalStateException("the evening forecast of " + day + " cannot be made at " + issueHour + ": fewer than half of the "
                    + trainDays + " days before it were recorded");
        }
        List<Double> loads = new ArrayList<>();
        for (double kw : forecast.get().loadsKw()) {
            loads.add(Math.max(0, kw));
        }
        List<Double> dry = new ArrayList<>();
        List<Double> humid = new ArrayList<>();
        List<Double> ghi = new ArrayList<>();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        int first = (int) Duration.between(issueHour, dayStart).toHours();
        for (int s = 0; s < 24; s++) {
            // a slot's middle lies half-way between the forecast instants at its start and end
            SimulatedForecast.Hour startOf = issued.get(first + s - 1);
            SimulatedForecast.Hour endOf = issued.get(first + s);
            dry.add(round((startOf.temperatureC() + endOf.temperatureC()) / 2));
            humid.add(round((startOf.relativeHumidityPct() + endOf.relativeHumidityPct()) / 2));
            // the simulated provider's cloud error can push a clear hour past what reaches the ground; a plan reads at most that
            ghi.add(Math.min(MAX_GROUND_IRRADIANCE_WM2, endOf.ghiWm2()));
        }
        DayLoadForecast load24 = new DayLoadForecast(0, PlannerSetup.SITE, day, 60, loads, "load model (evening issue " + issueHour + ")", issueHour);
        return new DayInputs(load24, new DayWeather(PlannerSetup.SITE, day, 60, dry, humid, ghi, "simulated forecast: 24"));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
