package io.wardwatt.sim.plant;

import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chilled-water plant: chillers with their dedicated primary chilled-water and condenser-water pumps
 * (constant speed, one per chiller: a chiller without flow trips), a cooling-tower cell per running chiller,
 * and three secondary pumping zones. Each step: trips, staging, equal-part-load split of the load among the
 * running chillers, pumps, towers, counters.
 */
public final class ChillerPlant {

    private final List<SimulatedChiller> chillers;
    private final List<PlantPump> primaryPumps;
    private final List<PlantPump> condenserPumps;
    private final List<SecondaryZone> zones;
    private final CoolingTowers towers;
    private final StagingController staging = new StagingController();
    private final Totalizer electricity = new Totalizer(2_461_000.0);
    private final Totalizer cooling = new Totalizer(61_300_000.0);
    private boolean initialised;
    private double condenserWaterC = CoolingTowers.MIN_ENTERING_CONDENSER_C;
    private double rejectedKw;
    private double loadKw;
    private double deliveredKw;
    private double supplyC = SimulatedChiller.LOCAL_SETPOINT_C;
    private double returnC = SimulatedChiller.LOCAL_SETPOINT_C + 5;
    private double primaryFlowM3s;

    public ChillerPlant(List<SimulatedChiller> chillers, List<PlantPump> primaryPumps, List<PlantPump> condenserPumps,
            List<SecondaryZone> zones, CoolingTowers towers) {
        if (chillers.size() != primaryPumps.size() || chillers.size() != condenserPumps.size()) {
            throw new IllegalArgumentException("each chiller needs one primary and one condenser pump");
        }
        this.chillers = List.copyOf(chillers);
        this.primaryPumps = List.copyOf(primaryPumps);
        this.condenserPumps = List.copyOf(condenserPumps);
        this.zones = List.copyOf(zones);
        this.towers = towers;
    }

    /**
     * Advances the plant by one step.
     *
     * @param loadKw the cooling the buildings ask for
     * @param wetBulbC outdoor wet bulb (the towers approach it)
     */
    public void step(Instant now, double seconds, double loadKw, double wetBulbC) {
        this.loadKw = loadKw;
        chillers.forEach(c -> c.commands().expire(now));
        primaryPumps.forEach(p -> p.commands().expire(now));
        condenserPumps.forEach(p -> p.commands().expire(now));
        zones.forEach(z -> z.pumps().forEach(p -> p.commands().expire(now)));

        boolean lostOne = false;
        for (int i = 0; i < chillers.size(); i++) {
            SimulatedChiller chiller = chillers.get(i);
            if (chiller.running() && !startable(i, now)) {
                chiller.stop(now);
                lostOne = true;
            }
        }
        int runningBefore = (int) chillers.stream().filter(SimulatedChiller::running).count();
        condenserWaterC = towers.leavingWaterC(wetBulbC, rejectedKw, Math.max(1, runningBefore));
        if (!initialised) {
            staging.initialise(now, chillers, loadKw, condenserWaterC, c -> startable(chillers.indexOf(c), now));
            initialised = true;
        } else {
            staging.decide(now, chillers, loadKw, condenserWaterC, lostOne, c -> startable(chillers.indexOf(c), now));
        }

        List<SimulatedChiller> running = new ArrayList<>();
        double capacity = 0;
        for (SimulatedChiller chiller : chillers) {
            if (chiller.running()) {
                running.add(chiller);
                capacity += chiller.maximumLoadKw(chiller.setpointC(now), condenserWaterC, now);
            }
        }
        primaryFlowM3s = 0;
        deliveredKw = 0;
        rejectedKw = 0;
        double supplyWeighted = 0;
        for (int i = 0; i < chillers.size(); i++) {
            SimulatedChiller chiller = chillers.get(i);
            primaryPumps.get(i).run(chiller.running(), 1.0, now);
            condenserPumps.get(i).run(chiller.running(), 1.0, now);
            double share = chiller.running() && capacity > 0
                    ? loadKw * chiller.maximumLoadKw(chiller.setpointC(now), condenserWaterC, now) / capacity : 0;
            chiller.operate(share, chiller.setpointC(now), condenserWaterC, primaryPumps.get(i).point().flowM3s(),
                    condenserPumps.get(i).point().flowM3s(), returnC, chiller.demandLimitFraction(now));
            if (chiller.running()) {
                primaryFlowM3s += chiller.evaporatorFlowM3s();
                deliveredKw += chiller.point().loadKw();
                rejectedKw += chiller.point().heatRejectedKw();
                supplyWeighted += chiller.supplyC() * chiller.evaporatorFlowM3s();
            }
        }
        if (primaryFlowM3s > 0) {
            supplyC = supplyWeighted / primaryFlowM3s;
            returnC = supplyC + loadKw / (primaryFlowM3s * SimulatedChiller.WATER_KJ_PER_M3K);
        }
        towers.run(wetBulbC, rejectedKw, running.size());
        zones.forEach(z -> z.run(loadKw, now));

        electricity.add(electricKw(), seconds);
        cooling.add(deliveredKw, seconds);
        chillers.forEach(c -> c.integrate(seconds));
        primaryPumps.forEach(p -> p.integrate(seconds));
        condenserPumps.forEach(p -> p.integrate(seconds));
        zones.forEach(z -> z.pumps().forEach(p -> p.integrate(seconds)));
    }

    /** A chiller may run while it and both its pumps are enabled. */
    private boolean startable(int index, Instant now) {
        return chillers.get(index).enabled(now) && primaryPumps.get(index).enabled(now) && condenserPumps.get(index).enabled(now);
    }

    /** Electricity of chillers, pumps and tower fans, kW. */
    public double electricKw() {
        double total = towers.fanKw();
        for (SimulatedChiller chiller : chillers) {
            total += chiller.point().electricPowerKw();
        }
        for (PlantPump pump : allPumps()) {
            total += pump.point().powerKw();
        }
        return total;
    }

    /** The plant sub-meter's register (chillers, pumps, tower fans), kWh. */
    public double electricityKwh() {
        return electricity.total();
    }

    /** The plant's chilled-water energy meter register, kWh thermal. */
    public double coolingKwh() {
        return cooling.total();
    }

    /** True when the chiller stands because one of its pumps was disabled (its flow switch opened). */
    public boolean flowLost(int index, boolean evaporator, Instant now) {
        return evaporator ? !primaryPumps.get(index).enabled(now) : !condenserPumps.get(index).enabled(now);
    }

    public List<PlantPump> allPumps() {
        List<PlantPump> pumps = new ArrayList<>(primaryPumps);
        pumps.addAll(condenserPumps);
        zones.forEach(z -> pumps.addAll(z.pumps()));
        return pumps;
    }

    public List<SimulatedChiller> chillers() {
        return chillers;
    }

    public List<PlantPump> primaryPumps() {
        return primaryPumps;
    }

    public List<PlantPump> condenserPumps() {
        return condenserPumps;
    }

    public List<SecondaryZone> zones() {
        return zones;
    }

    public CoolingTowers towers() {
        return towers;
    }

    public double loadKw() {
        return loadKw;
    }

    public double deliveredKw() {
        return deliveredKw;
    }

    public double supplyC() {
        return supplyC;
    }

    public double returnC() {
        return returnC;
    }

    public double primaryFlowM3s() {
        return primaryFlowM3s;
    }

    public double condenserWaterC() {
        return condenserWaterC;
    }
}
