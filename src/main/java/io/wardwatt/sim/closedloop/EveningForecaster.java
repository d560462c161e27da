package io.wardwatt.sim.closedloop;

import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.model.ForecastHour;
import io.wardwatt.forecast.model.HorizonForecaster;
import io.wardwatt.forecast.model.LoadModel;
import io.wardwatt.sim.weather.SimulatedForecast;
import io.wardwatt.sim.weather.Weather;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The evening forecast of the next day's cooling load as the service makes it: the load models of lead 0 and 1
 * trained on the {@code trainDays} recorded days before the issue's day (as the nightly training does), then the
 * hours from the issue to the end of the next day forecast with the weather known by then (recorded hours before the
 * issue, the simulated weather service's forecast after it, off by the simulator's forecast errors).
 */
final class EveningForecaster {

    /** Days read before the training window, for the features that look back (the service's lookback). */
    static final int LOOKBACK_DAYS = 14;

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
        List<LoadModel> models = new ArrayList<>();
        for (int lead = 0; lead <= 1; lead++) {
            int l = lead;
            models.add(LoadModel.fit(history, zone, calendar, issueDay, trainDays, lead).orElseThrow(() -> new IllegalStateException(
                    "the lead-" + l + " load model cannot be trained on the " + trainDays + " days before " + issueDay + ": too few recorded hours")));
        }
        List<ForecastHour> forecast = HorizonForecaster.forecast(history, zone, calendar, models, issueHour, ahead - 1);
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        List<Double> loads = new ArrayList<>();
        for (ForecastHour hour : forecast) {
            if (!hour.hourStart().isBefore(dayStart) && loads.size() < 24) {
                loads.add(Math.max(0, hour.loadKw()));
            }
        }
        List<Double> dry = new ArrayList<>();
        List<Double> humid = new ArrayList<>();
        List<Double> ghi = new ArrayList<>();
        int first = (int) Duration.between(issueHour, dayStart).toHours();
        for (int s = 0; s < 24; s++) {
            // a slot's middle lies half-way between the forecast instants at its start and end
            SimulatedForecast.Hour startOf = issued.get(first + s - 1);
            SimulatedForecast.Hour endOf = issued.get(first + s);
            dry.add(round((startOf.temperatureC() + endOf.temperatureC()) / 2));
            humid.add(round((startOf.relativeHumidityPct() + endOf.relativeHumidityPct()) / 2));
            ghi.add(endOf.ghiWm2());
        }
        DayLoadForecast load24 = new DayLoadForecast(0, PlannerSetup.SITE, day, 60, loads, "load model (evening issue " + issueHour + ")", issueHour);
        return new DayInputs(load24, new DayWeather(PlannerSetup.SITE, day, 60, dry, humid, ghi, "simulated forecast: 24"));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
