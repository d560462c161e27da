package io.wardwatt.sim.closedloop;

import io.wardwatt.optimize.tariff.SeasonalTariff;
import io.wardwatt.plant.CriticalZone;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.plant.ChillerPlant;
import io.wardwatt.sim.plant.PlantPump;
import io.wardwatt.sim.plant.SimulatedChiller;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures one run of the simulated hospital as the indicators need it, from the simulator's own counters and states
 * (the truth, not what the service's meters would say): the plant's electricity by part, the site's grid energy with
 * its cost and carbon, the peak 15-minute grid demand, cooling delivered and unmet, the minutes any critical zone was
 * outside its limit and the chiller starts. {@link #begin} at the measured period's start, {@link #afterStep} after
 * every step, {@link #end} once.
 */
final class RunMeter {

    private static final double PEAK_WINDOW_SECONDS = 900;

    private final SeasonalTariff tariff;
    private final double carbonKgPerKwh;
    private final List<CriticalZone> zones;
    private final ZoneId zone;
    private double chillerKwh0;
    private double pumpKwh0;
    private double plantKwh0;
    private double coolingKwh0;
    private final Map<String, Double> starts0 = new LinkedHashMap<>();
    private double gridKwh;
    private double costCny;
    private double unmetKwh;
    private double criticalMinutes;
    private double aboveLimitMinutes;
    private double breachMinutes;
    private final double graceMinutes;
    private double windowKwh;
    private double windowSeconds;
    private double peakGridKw;
    private double seconds;

    RunMeter(SeasonalTariff tariff, double carbonKgPerKwh, List<CriticalZone> zones, ZoneId zone) {
        this.tariff = tariff;
        this.carbonKgPerKwh = carbonKgPerKwh;
        this.zones = List.copyOf(zones);
        this.zone = zone;
        this.graceMinutes = zones.stream().mapToDouble(z -> z.grace().toSeconds() / 60.0).min().orElse(0);
    }

    void begin(SimulatedHospital hospital) {
        ChillerPlant plant = hospital.plant();
        chillerKwh0 = chillerKwh(plant);
        pumpKwh0 = pumpKwh(plant);
        plantKwh0 = plant.electricityKwh();
        coolingKwh0 = plant.coolingKwh();
        plant.chillers().forEach(c -> starts0.put(c.code(), c.starts()));
    }

    /** After a step of {@code stepSeconds} that ended at the hospital's time: its state is held over the step. */
    void afterStep(SimulatedHospital hospital, double stepSeconds) {
        seconds += stepSeconds;
        double gridKw = hospital.incomers().totalKw();
        double kwh = gridKw * stepSeconds / 3600;
        gridKwh += kwh;
        ZonedDateTime local = hospital.now().minusMillis((long) (stepSeconds * 500)).atZone(zone);
        costCny += kwh * tariff.seasonOf(local.getMonthValue()).periods().priceAt(local.getHour() * 60 + local.getMinute());
        ChillerPlant plant = hospital.plant();
        unmetKwh += Math.max(0, plant.loadKw() - plant.deliveredKw()) * stepSeconds / 3600;
        if (outsideLimits(hospital)) {
            aboveLimitMinutes += stepSeconds / 60;
            breachMinutes += stepSeconds / 60;
            // as plant control's zone monitor: a breach counts once it has lasted longer than the zone's grace
            if (breachMinutes > graceMinutes + 1e-9) {
                criticalMinutes += Math.min(stepSeconds / 60, breachMinutes - graceMinutes);
            }
        } else {
            breachMinutes = 0;
        }
        windowKwh += kwh;
        windowSeconds += stepSeconds;
        if (windowSeconds >= PEAK_WINDOW_SECONDS - 1e-6) {
            peakGridKw = Math.max(peakGridKw, windowKwh * 3600 / windowSeconds);
            windowKwh = 0;
            windowSeconds = 0;
        }
    }

    /** A critical zone's limit is broken: its supply is warmer than its limit, or fewer chillers can run than it needs. */
    private boolean outsideLimits(SimulatedHospital hospital) {
        ChillerPlant plant = hospital.plant();
        boolean anyRunning = plant.chillers().stream().anyMatch(SimulatedChiller::running);
        long available = plant.chillers().stream().filter(c -> c.enabled(hospital.now())).count();
        for (CriticalZone critical : zones) {
            if ((anyRunning && plant.supplyC() > critical.maxSupplyC() + 1e-9) || (plant.loadKw() > 0 && !anyRunning)
                    || available < critical.minChillersAvailable()) {
                return true;
            }
        }
        return false;
    }

    RunIndicators end(String name, SimulatedHospital hospital, double wallSeconds) {
        ChillerPlant plant = hospital.plant();
        double chillers = chillerKwh(plant) - chillerKwh0;
        double pumps = pumpKwh(plant) - pumpKwh0;
        double total = plant.electricityKwh() - plantKwh0;
        Map<String, Integer> starts = new LinkedHashMap<>();
        plant.chillers().forEach(c -> starts.put(c.code(), (int) Math.round(c.starts() - starts0.get(c.code()))));
        return new RunIndicators(name, chillers, pumps, total - chillers - pumps, gridKwh, costCny, gridKwh * carbonKgPerKwh / 1000,
                peakGridKw, plant.coolingKwh() - coolingKwh0, unmetKwh, criticalMinutes, aboveLimitMinutes, starts, seconds, wallSeconds);
    }

    private static double chillerKwh(ChillerPlant plant) {
        return plant.chillers().stream().mapToDouble(SimulatedChiller::electricityKwh).sum();
    }

    private static double pumpKwh(ChillerPlant plant) {
        return plant.allPumps().stream().mapToDouble(PlantPump::electricityKwh).sum();
    }
}
