package io.wardwatt.optimize.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.plans.PreviousDay;
import io.wardwatt.optimize.plans.SiteConditions;
import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The daily plan's site inputs from the site's own meters ({@link SiteConditions}): other electricity, the month's peak
 * so far, the PV scale factor and the battery's state of charge at the start. One that cannot be had leaves the plan
 * without it rather than without a plan: the scenario's description says which and why.
 */
@ApplicationScoped
public class DailySiteInputs {

    private static final Logger LOG = Logger.getLogger(DailySiteInputs.class);
    private static final String BATTERY = "battery at the start";

    @Inject
    OptimizeConfig config;

    @Inject
    SiteElectricityHistory electricity;

    @Inject
    PvCalibration pvCalibration;

    @Inject
    SiteMeters meters;

    @Inject
    SiteService sites;

    /**
     * @param slots the plan's slots of {@code slotMinutes}
     * @param previousPlan the previous day's latest daily plan (plan JSON); null when there is none
     */
    // Its reads run apart from the daily plan's transaction: a failed read that marks its transaction for rollback
    // must not take the plan's row with it.
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SiteConditions forDay(String site, LocalDate day, int slotMinutes, int slots, JsonNode previousPlan) {
        List<String> sources = new ArrayList<>();
        MeasuredInput<List<Double>> other = guarded("other electricity", sources,
                () -> electricity.otherElectricity(site, day, slotMinutes, slots));
        MeasuredInput<Double> peak = guarded("month peak so far", sources, () -> electricity.monthPeakSoFar(site, day));
        DailyPlantFile plant;
        try {
            plant = DailyPlantFile.read(config.modelsDir(), config.daily().plant());
        } catch (RuntimeException e) {
            // The scenario reader reads the same file next and refuses the plan with every problem of it.
            sources.add("PV scale factor and battery: the plant file cannot be read");
            return new SiteConditions(other.value(), peak.value(), null, null, sources);
        }
        MeasuredInput<Double> factor = guarded("PV scale factor", sources, () -> pvFactor(site, day, plant));
        MeasuredInput<Double> stored = guarded(BATTERY, sources, () -> stateOfCharge(site, day, previousPlan, plant.battery()));
        return new SiteConditions(other.value(), peak.value(), factor.value(), stored.value(), sources);
    }

    /** The input, or none when it fails: a meter's trouble must not cost the hospital its plan. */
    private static <T> MeasuredInput<T> guarded(String what, List<String> sources, Supplier<MeasuredInput<T>> input) {
        MeasuredInput<T> measured;
        try {
            measured = input.get();
        } catch (UnknownEntityException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "The daily plan goes without its %s", what);
            measured = MeasuredInput.absent(what + ": none, " + e.getMessage());
        }
        sources.add(measured.source());
        return measured;
    }

    /** The fitted factor; none when the plant file's stands (the scenario reader falls back on it by itself). */
    private MeasuredInput<Double> pvFactor(String site, LocalDate day, DailyPlantFile plant) {
        if (plant.photovoltaic() == null) {
            return MeasuredInput.absent("PV scale factor: none, the plant file has no photovoltaic section");
        }
        PvCalibration.Result result = pvCalibration.forDay(site, day, plant.photovoltaic(), plant.file());
        String over = " (" + result.from() + " to " + result.to() + ")";
        return result.fitted() ? new MeasuredInput<>(result.factor(), "PV scale factor " + format(result.factor(), 4) + ", " + result.detail() + over)
                : MeasuredInput.absent("PV scale factor: " + result.detail() + over);
    }

    /**
     * Where the previous day's plan leaves the battery; else its measured state of charge at planning time; else none
     * (the plant file's initial fraction).
     */
    private MeasuredInput<Double> stateOfCharge(String site, LocalDate day, JsonNode previousPlan, BatteryDefinition battery) {
        Optional<Double> planned = PreviousDay.stateOfChargeKwh(previousPlan);
        if (planned.isPresent()) {
            return new MeasuredInput<>(planned.get(), BATTERY + ": " + format(planned.get(), 1) + " kWh, where the previous day's plan leaves it");
        }
        if (battery == null) {
            return MeasuredInput.absent(BATTERY + ": none, the plant file has no battery section");
        }
        String fallback = BATTERY + ": the plant file's " + format(100 * battery.initialStateOfChargeFraction(), 0) + " %, ";
        List<String> notes = new ArrayList<>();
        Optional<MeasurementPoint> point = meters.value(site, config.site().batteryStateOfChargePoint(),
                "wardwatt.optimize.site.battery-state-of-charge-point", "state-of-charge meter", Set.of("%"), notes);
        if (point.isEmpty()) {
            return MeasuredInput.absent(fallback + String.join("; ", notes));
        }
        Instant dayStart = day.atStartOfDay(sites.find(site).orElseThrow(() -> new UnknownEntityException("site", site)).zone()).toInstant();
        Instant now = Instant.now();
        Instant before = now.isBefore(dayStart) ? now : dayStart;
        Optional<RawValue> latest = meters.latest(point.get(), before, config.site().stateOfChargeMaxAge());
        if (latest.isEmpty()) {
            return MeasuredInput.absent(fallback + "no usable reading of " + point.get().code() + " in the " + config.site().stateOfChargeMaxAge()
                    .toMinutes() + " minutes before " + before);
        }
        double percent = latest.get().value();
        if (!(percent >= 0 && percent <= 100)) {
            return MeasuredInput.absent(fallback + point.get().code() + " read " + format(percent, 1) + " % at " + latest.get().ts()
                    + ", outside 0..100");
        }
        double kwh = percent / 100 * battery.capacityKwh();
        return new MeasuredInput<>(kwh, BATTERY + ": " + format(kwh, 1) + " kWh, " + point.get().code() + " " + format(percent, 1) + " % at "
                + latest.get().ts() + " of " + format(battery.capacityKwh(), 0) + " kWh (no plan of the day before)");
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
