package io.wardwatt.sim.closedloop;

import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.hospital.BuildingParameters;
import io.wardwatt.sim.hospital.CoolingLoadModel;
import io.wardwatt.sim.hospital.OutpatientVisits;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.SimulatedForecast;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day's true cooling load and weather, for the hindsight plan. The simulated load depends on weather, time and
 * visits only, never on how the plant is run, so an own copy of the load model gives the hour means the plant will be
 * asked for, sampled at the same step ends as the simulation holds them.
 */
final class TrueDay {

    private final HospitalSettings settings;
    private final CoolingLoadModel model;
    private final Duration step;

    TrueDay(HospitalSettings settings, Duration step) {
        this.settings = settings;
        this.step = step;
        this.model = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL, settings.weather(),
                new OutpatientVisits(settings.midweekOutpatientVisits(), settings.zone()), settings.zone());
    }

    DayInputs of(LocalDate day) {
        Instant start = day.atStartOfDay(settings.zone()).toInstant();
        List<Double> loads = new ArrayList<>();
        List<Double> dry = new ArrayList<>();
        List<Double> humid = new ArrayList<>();
        List<Double> ghi = new ArrayList<>();
        long perHour = Duration.ofHours(1).dividedBy(step);
        for (int h = 0; h < 24; h++) {
            Instant hour = start.plus(Duration.ofHours(h));
            double sum = 0;
            for (long k = 1; k <= perHour; k++) {
                sum += model.at(hour.plus(step.multipliedBy(k))).coolingKw();
            }
            loads.add(sum / perHour);
            OutdoorConditions middle = settings.weather().at(hour.plus(Duration.ofMinutes(30)));
            dry.add(middle.dryBulbC());
            humid.add(middle.relativeHumidityPercent());
            ghi.add(SimulatedForecast.meanIrradiance(settings.weather(), hour.plus(Duration.ofHours(1))));
        }
        return new DayInputs(new DayLoadForecast(0, PlannerSetup.SITE, day, 60, loads, "the simulated truth", start),
                new DayWeather(PlannerSetup.SITE, day, 60, dry, humid, ghi, "simulated truth: 24"));
    }
}
