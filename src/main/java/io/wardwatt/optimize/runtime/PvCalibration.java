package io.wardwatt.optimize.runtime;

import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.plans.PvMeterCalibration;
import io.wardwatt.optimize.plans.PvMeterCalibration.MeteredHour;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The PV model's scale factor fitted to the site's PV meter over the days before a plan's day ({@link PvMeterCalibration}),
 * from the meter's hourly energy and the weather station's hourly irradiance and air temperature. The PV system is the
 * daily plan's plant file's: the service plans one plant.
 */
@ApplicationScoped
public class PvCalibration {

    static final String PV_KEY = "wardwatt.optimize.site.pv-point";
    static final Set<String> IRRADIANCE_UNITS = Set.of("w/m²", "w/m2");
    static final Set<String> TEMPERATURE_UNITS = Set.of("°c", "℃", "c", "degc");
    static final String SOURCE_FITTED = "fitted";
    static final String SOURCE_PLANT_FILE = "plant-file";

    @Inject
    OptimizeConfig config;

    @Inject
    SiteMeters meters;

    @Inject
    SiteService sites;

    @Inject
    PlanningMetrics metrics;

    /**
     * @param from the history's first day
     * @param to the history's last day (the day before the plan's; today's hours count only once they are over)
     * @param source {@code fitted}, or {@code plant-file} when the plant file's factor stands
     * @param detail how well it fits, or why the plant file's factor stands
     */
    public record Result(String site, String plantFile, LocalDate from, LocalDate to, double factor, Double cvRmsePercent, Double nmbePercent,
            int hoursUsed, int daysUsed, String source, String detail) {

        public boolean fitted() {
            return SOURCE_FITTED.equals(source);
        }
    }

    /**
     * @param day the plan's day: the history is the configured number of days before it
     * @throws StateConflictException when the plant file has no photovoltaic section
     */
    @Transactional
    public Result forDay(String site, LocalDate day) {
        DailyPlantFile plant = DailyPlantFile.read(config.modelsDir(), config.daily().plant());
        if (plant.photovoltaic() == null) {
            throw new StateConflictException("the plant file " + plant.file() + " has no photovoltaic section: there is no PV model to calibrate");
        }
        return forDay(site, day, plant.photovoltaic(), plant.file());
    }

    Result forDay(String site, LocalDate day, PhotovoltaicDefinition pv, String plantFile) {
        ZoneId zone = sites.find(site).orElseThrow(() -> new UnknownEntityException("site", site)).zone();
        OptimizeConfig.Site settings = config.site();
        LocalDate first = day.minusDays(settings.pvCalibrationDays());
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        // The hour under way has no whole figure yet.
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant to = now.isBefore(dayStart) ? now : dayStart;
        List<String> notes = new ArrayList<>();
        Optional<MeasurementPoint> meter = meters.kwhCounter(site, settings.pvPoint(), PV_KEY, "PV meter", notes);
        Optional<MeasurementPoint> irradiance = meters.value(site, settings.irradiancePoint(), "wardwatt.optimize.site.irradiance-point",
                "irradiance", IRRADIANCE_UNITS, notes);
        Optional<MeasurementPoint> air = meters.value(site, settings.airTemperaturePoint(), "wardwatt.optimize.site.air-temperature-point",
                "air temperature", TEMPERATURE_UNITS, notes);
        PvMeterCalibration.Calibration calibration;
        if (notes.isEmpty()) {
            int hours = to.isAfter(from) ? (int) Duration.between(from, to).toHours() : 0;
            calibration = PvMeterCalibration.fit(pv, completeHours(meter.get(), irradiance.get(), air.get(), from, hours),
                    settings.pvCalibrationMinDays(), settings.pvCalibrationMinHours());
        } else {
            calibration = new PvMeterCalibration.Calibration(pv.scaleFactor(), false, null, null, 0, 0,
                    "the plant file's " + String.format(Locale.ROOT, "%.4f", pv.scaleFactor()) + ": " + String.join("; ", notes));
        }
        metrics.pvCalibrated(site, calibration.factor(), calibration.cvRmsePercent());
        return new Result(site, plantFile, first, day.minusDays(1), calibration.factor(), calibration.cvRmsePercent(), calibration.nmbePercent(),
                calibration.hours(), calibration.days(), calibration.fitted() ? SOURCE_FITTED : SOURCE_PLANT_FILE, calibration.source());
    }

    /** The hours in which the meter and both weather points have a figure. */
    private List<MeteredHour> completeHours(MeasurementPoint meter, MeasurementPoint irradiance, MeasurementPoint air, Instant from, int hours) {
        double[] pvKwh = meters.consumption(meter, from, hours, SiteMeters.HOUR);
        double[] ghiWm2 = meters.means(irradiance, from, hours, SiteMeters.HOUR);
        double[] airC = meters.means(air, from, hours, SiteMeters.HOUR);
        List<MeteredHour> complete = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            if (Double.isFinite(pvKwh[h]) && Double.isFinite(ghiWm2[h]) && Double.isFinite(airC[h])) {
                complete.add(new MeteredHour(from.plus(SiteMeters.HOUR.multipliedBy(h)), pvKwh[h], ghiWm2[h], airC[h]));
            }
        }
        return complete;
    }
}
