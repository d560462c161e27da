package io.wardwatt.optimize;

import io.wardwatt.optimize.storage.BatteryProgramme;
import io.wardwatt.optimize.storage.BatterySchedule;
import io.wardwatt.optimize.storage.ConventionalBattery;
import io.wardwatt.optimize.storage.ReserveFloors;
import io.wardwatt.optimize.storage.StorageDay;
import io.wardwatt.optimize.storage.StorageRelaxation;
import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.EmergencyReserve;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.solar.PhotovoltaicModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site around a day plan: PV forecast from the weather, the battery planned on the site's net load (plant +
 * other − PV) against price, carbon and the demand charge with its reserve held, the conventional site for
 * comparison, the battery's contribution, and a lower bound on the whole day.
 *
 * <p>The plant is planned first and the battery on the plant's power: the battery cannot change what the chillers
 * must do, and the plan's objective weights every kWh the plant draws as the site's grid would. The bound tells
 * how much this order can cost.
 */
public final class SitePlanner {

    static final String BOUND_METHOD = "plant bound (%s) + the battery's and the demand charge's optimum as a linear programme with"
            + " the plant at each slot's least power (stored energy continuous, energy sent to the grid credited): the day's objective is"
            + " the plant's (its kWh at each slot's weighted price and carbon, its starts) plus the rest of the site's (other load − PV −"
            + " battery at the same weights) plus the demand charge. All but the demand charge separate into a plant part and a battery"
            + " part, and the demand charge only grows with the plant's power, so no plan can cost less than the plant's bound plus the"
            + " battery's optimum on the plant's least power";

    private final SiteEquipment equipment;

    public SitePlanner(SiteEquipment equipment) {
        this.equipment = equipment;
    }

    /**
     * The least power the plant can draw in each slot under that slot's own rules (its cheapest choice in the slot
     * table: within a slot the objective is power times one weight), a lower bound on any plan's; 0 where the slot's
     * weight is 0 (power is never negative), NaN where no choice keeps the slot's rules.
     */
    public static double[] minimumPlantKw(SlotTable table) {
        double[] minimum = new double[table.slotCount()];
        for (int s = 0; s < minimum.length; s++) {
            SlotTable.SlotChoice choice = table.relaxedOptimum(s);
            double weight = table.weightPerKw(s);
            minimum[s] = choice == null ? Double.NaN : weight > 0 ? choice.objective() / weight : 0;
        }
        return minimum;
    }

    /**
     * @throws IllegalArgumentException when the inputs do not fit the problem's slots, or the plant has PV and the
     *         scenario no weather to forecast it with (a reader should have refused the scenario)
     */
    public SitePlan plan(DayProblem problem, SiteInputs site, PlantPower plant) {
        int slots = problem.slots().size();
        if (site.otherElectricityKw().length != slots || plant.planKw().length != slots) {
            throw new IllegalArgumentException("the site's other load and the plant's power need one value per slot (" + slots + ")");
        }
        double hours = problem.slotHours();
        double[] pvKw = photovoltaicKw(problem, site);
        double[] price = new double[slots];
        double[] carbon = new double[slots];
        for (int s = 0; s < slots; s++) {
            price[s] = problem.slots().get(s).pricePerKwh();
            carbon[s] = problem.slots().get(s).carbonKgPerKwh();
        }
        // slots not tied to a date are clock times from midnight (as the tariff periods take them)
        LocalDateTime start = problem.start() != null ? problem.start() : LocalDate.of(2000, 1, 1).atStartOfDay();
        StorageDay template = new StorageDay(start, problem.slotMinutes(), new double[slots], price, carbon, problem.objective(),
                site.demandChargeCnyPerKwMonth(), site.monthPeakSoFarKw());
        StorageDay planDay = template.withNetLoad(net(plant.planKw(), site, pvKw));
        StorageDay baselineDay = template.withNetLoad(net(plant.baselineKw(), site, pvKw));

        BatteryDefinition battery = equipment.battery();
        EmergencyReserve reserve = equipment.reserve();
        double startKwh = battery == null ? 0
                : battery.capacityKwh() * (Double.isNaN(site.batteryStateOfChargeFraction()) ? battery.initialStateOfChargeFraction()
                        : site.batteryStateOfChargeFraction());
        BatterySchedule timetableOnPlan = battery == null ? idle(slots) : ConventionalBattery.run(battery, reserve, planDay, startKwh);
        BatterySchedule baselineSchedule = battery == null ? idle(slots) : ConventionalBattery.run(battery, reserve, baselineDay, startKwh);
        // the plan leaves the battery no emptier than the timetable would: a saving not borrowed from tomorrow
        double endAtLeastKwh = timetableOnPlan.endKwh();
        BatteryProgramme programme = battery == null ? null : new BatteryProgramme(battery, reserve);
        BatterySchedule planned = battery == null ? idle(slots) : programme.optimise(planDay, startKwh, endAtLeastKwh);
        double step = programme == null ? 0 : programme.stepKwh();

        double planStarts = plant.planTotals().starts() * problem.rules().startCost();
        double baselineStarts = plant.baselineTotals().starts() * problem.rules().startCost();
        List<SiteSlot> planSlots = slots(planDay, plant.planKw(), site, pvKw, planned, step);
        List<SiteSlot> baselineSlots = slots(baselineDay, plant.baselineKw(), site, pvKw, baselineSchedule, step);
        SiteTotals planTotals = totals(planDay, planSlots, planned, planStarts);
        SiteTotals baselineTotals = totals(baselineDay, baselineSlots, baselineSchedule, baselineStarts);
        SiteTotals timetableTotals = totals(planDay, slots(planDay, plant.planKw(), site, pvKw, timetableOnPlan, step), timetableOnPlan, planStarts);
        BatteryContribution contribution = new BatteryContribution("the site with the battery on its timetable minus the site plan, both"
                + " with the plan's plant power", timetableTotals.energyCostCny() + timetableTotals.demandChargeCny()
                        - planTotals.energyCostCny() - planTotals.demandChargeCny(), timetableTotals.carbonKg() - planTotals.carbonKg(),
                timetableTotals.objective() - planTotals.objective());
        List<String> violations = planned.feasible() ? List.of() : List.of(planned.problem());
        SiteBaseline baseline = new SiteBaseline(baselineMethod(battery), baselineSchedule.feasible() ? List.of() : List.of(baselineSchedule.problem()),
                baselineSlots, baselineTotals);
        // a slot where no plant choice keeps its own rules has no least power: then there is no bound to build the day from
        PlanBound bound = java.util.Arrays.stream(plant.minimumKw()).allMatch(Double::isFinite)
                ? bound(template.withNetLoad(net(plant.minimumKw(), site, pvKw)), plant, startKwh, endAtLeastKwh, planTotals)
                : new PlanBound("none: some slot has no plant choice that keeps its own rules", Double.NaN, Double.NaN);
        return new SitePlan(method(planDay, programme, reserve, endAtLeastKwh, planned), battery == null ? null : battery.id(), planned.feasible(), violations, planSlots, planTotals,
                baseline, contribution, bound);
    }

    private double[] photovoltaicKw(DayProblem problem, SiteInputs site) {
        int slots = problem.slots().size();
        double[] pv = new double[slots];
        PhotovoltaicDefinition system = equipment.photovoltaic();
        if (system == null) {
            return pv;
        }
        if (site.solarWm2() == null) {
            throw new IllegalArgumentException("the plant has photovoltaic " + system.id() + " but the scenario gives no weather (solarWm2,"
                    + " dryBulbC) to forecast it");
        }
        if (problem.start() == null) {
            throw new IllegalArgumentException("photovoltaic " + system.id() + " needs the slots' date to place the sun");
        }
        PhotovoltaicModel model = new PhotovoltaicModel(system);
        for (int s = 0; s < slots; s++) {
            // a slot's mean irradiance is best placed at its middle
            LocalDateTime middle = problem.start().plusSeconds((long) ((s + 0.5) * problem.slotMinutes() * 60));
            pv[s] = model.acKw(middle, site.solarWm2()[s], site.dryBulbC()[s]);
        }
        return pv;
    }

    private static double[] net(double[] plantKw, SiteInputs site, double[] pvKw) {
        double[] net = new double[plantKw.length];
        for (int s = 0; s < net.length; s++) {
            net[s] = plantKw[s] + site.otherElectricityKw()[s] - pvKw[s];
        }
        return net;
    }

    private List<SiteSlot> slots(StorageDay day, double[] plantKw, SiteInputs site, double[] pvKw, BatterySchedule schedule, double step) {
        double hours = day.slotHours();
        BatteryDefinition battery = equipment.battery();
        double[] reserve = battery == null ? new double[day.slots() + 1] : ReserveFloors.reserveKwh(battery, equipment.reserve(), day);
        List<SiteSlot> slots = new ArrayList<>();
        for (int s = 0; s < day.slots(); s++) {
            double batteryKw = schedule.batteryKw()[s];
            double grid = day.gridKw(s, batteryKw);
            double drawn = Math.max(0, grid) * hours;
            double stored = schedule.storedKwh()[s + 1];
            slots.add(new SiteSlot(s, plantKw[s], site.otherElectricityKw()[s], pvKw[s], batteryKw, stored, reserve[s + 1], grid,
                    drawn * day.pricePerKwh()[s], drawn * day.carbonKgPerKwh()[s], binding(battery, batteryKw, stored, reserve[s + 1], step)));
        }
        return slots;
    }

    /** The battery limit it sits at when the slot ends, unless it is moving away from it. */
    private static List<String> binding(BatteryDefinition battery, double batteryKw, double storedKwh, double reserveKwh, double step) {
        if (battery == null) {
            return List.of();
        }
        double tolerance = step + 1e-6;
        if (batteryKw <= 1e-9 && storedKwh >= battery.capacityKwh() - tolerance) {
            return List.of("battery full");
        }
        if (batteryKw >= -1e-9 && reserveKwh > 0 && storedKwh <= battery.minimumKwh() + reserveKwh + tolerance) {
            return List.of("battery reserve");
        }
        if (batteryKw >= -1e-9 && storedKwh <= battery.minimumKwh() + tolerance) {
            return List.of("battery empty");
        }
        return List.of();
    }

    private static SiteTotals totals(StorageDay day, List<SiteSlot> slots, BatterySchedule schedule, double startCosts) {
        double hours = day.slotHours();
        double grid = 0;
        double pv = 0;
        double cost = 0;
        double carbon = 0;
        double peak = Double.NEGATIVE_INFINITY;
        for (SiteSlot slot : slots) {
            grid += Math.max(0, slot.gridKw()) * hours;
            pv += slot.pvKw() * hours;
            cost += slot.costCny();
            carbon += slot.carbonKg();
            peak = Math.max(peak, slot.gridKw());
        }
        double demand = day.demandChargeCny(peak);
        Objective weights = day.objective();
        double objective = weights.costWeight() * (cost + demand) + weights.carbonWeight() * carbon + startCosts;
        return new SiteTotals(grid, pv, schedule.chargedKwh(hours), schedule.dischargedKwh(hours), cost, demand, carbon, peak, schedule.endKwh(),
                objective);
    }

    private PlanBound bound(StorageDay least, PlantPower plant, double startKwh, double endAtLeastKwh, SiteTotals planTotals) {
        PlanBound plantBound = plant.bound();
        if (plantBound == null || !Double.isFinite(plantBound.objective())) {
            return new PlanBound("none: the plant has no bound", Double.NaN, Double.NaN);
        }
        for (double kw : plant.minimumKw()) {
            if (!Double.isFinite(kw)) {
                return new PlanBound("none: some slot has no plant choice that keeps its own rules", Double.NaN, Double.NaN);
            }
        }
        double site = equipment.battery() == null ? withoutBattery(least)
                : StorageRelaxation.lowerBound(equipment.battery(), equipment.reserve(), least, startKwh, endAtLeastKwh);
        if (!Double.isFinite(site)) {
            return new PlanBound("none: not even a relaxed battery schedule holds the reserve", Double.NaN, Double.NaN);
        }
        // the plant's least power is counted in both parts: once in the plant bound, once in the site's optimum
        double plantPart = 0;
        for (int s = 0; s < least.slots(); s++) {
            plantPart += least.weightPerKwh(s) * plant.minimumKw()[s] * least.slotHours();
        }
        double bound = plantBound.objective() + site - plantPart;
        double gap = bound > 0 ? 100 * (planTotals.objective() - bound) / bound : Double.NaN;
        if (gap < 0 && gap > -1e-6) {
            gap = 0;
        }
        return new PlanBound(String.format(Locale.ROOT, BOUND_METHOD, plantBound.method()), bound, gap);
    }

    /** Without a battery the site's part is fixed: energy at each slot's weights (exports credited) and the demand charge. */
    private static double withoutBattery(StorageDay day) {
        double sum = 0;
        double peak = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < day.slots(); s++) {
            sum += day.weightPerKwh(s) * day.netLoadKw()[s] * day.slotHours();
            peak = Math.max(peak, day.netLoadKw()[s]);
        }
        return sum + day.objective().costWeight() * day.demandChargeCny(peak);
    }

    private String method(StorageDay day, BatteryProgramme programme, EmergencyReserve reserve, double endAtLeastKwh, BatterySchedule planned) {
        List<String> parts = new ArrayList<>();
        PhotovoltaicDefinition pv = equipment.photovoltaic();
        if (pv != null) {
            parts.add(String.format(Locale.ROOT, "PV %s: PVWatts-style forecast from GHI and dry bulb (Almanac sun position, Erbs split,"
                    + " isotropic sky, NOCT cell temperature, %.0f %% system losses, PVWatts v5 inverter, %.0f kW AC limit), scale factor %.3f",
                    pv.id(), 100 * pv.systemLossFraction(), pv.inverterAcKw(), pv.scaleFactor()));
        }
        BatteryDefinition battery = equipment.battery();
        if (battery != null) {
            String held = reserve == null ? "no emergency reserve" : String.format(Locale.ROOT, "emergency reserve %.0f kWh held at every"
                    + " slot boundary %s", reserve.energyKwh(battery), reserve.window().text());
            String demand = day.demandChargeCnyPerKwMonth() > 0 ? String.format(Locale.ROOT, "; demand charge %.1f CNY/kW-month above"
                    + " %.0f kW met by a grid cap (%s)", day.demandChargeCnyPerKwMonth(), day.monthPeakSoFarKw(),
                    Double.isFinite(planned.demandCapKw()) ? String.format(Locale.ROOT, "%.0f kW", planned.demandCapKw()) : "none needed")
                    : "";
            parts.add(String.format(Locale.ROOT, "battery %s: exact dynamic programme over %.1f kWh steps of stored energy, %.0f/%.0f kW,"
                    + " %.0f %%/%.0f %% one way, %s, ending with at least %.0f kWh (where its timetable would)%s", battery.id(),
                    programme.stepKwh(), battery.maxChargeKw(), battery.maxDischargeKw(), 100 * battery.chargeEfficiency(),
                    100 * battery.dischargeEfficiency(), held, endAtLeastKwh, demand));
        }
        parts.add("grid energy drawn is paid at each slot's price; energy sent to the grid earns nothing");
        return String.join("; ", parts);
    }

    private static String baselineMethod(BatteryDefinition battery) {
        if (battery == null) {
            return "conventional plant sequencing; no battery";
        }
        return battery.conventionalTimetable() == null ? "conventional plant sequencing; the battery stands by (no timetable)"
                : String.format(Locale.ROOT, "conventional plant sequencing; the battery on its timetable: charge %s at %.0f kW, discharge %s at"
                        + " %.0f kW, within its limits and the reserve", battery.conventionalTimetable().charge().text(),
                        battery.conventionalTimetable().chargeKw(), battery.conventionalTimetable().discharge().text(),
                        battery.conventionalTimetable().dischargeKw());
    }

    private static BatterySchedule idle(int slots) {
        return new BatterySchedule(new double[slots], new double[slots + 1], true, null, Double.POSITIVE_INFINITY);
    }
}
