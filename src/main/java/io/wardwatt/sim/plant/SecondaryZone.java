package io.wardwatt.sim.plant;

import java.time.Instant;
import java.util.List;

/**
 * The secondary chilled-water pumps of one zone, in parallel: the zone's flow follows its load at the design
 * 5 K temperature difference (two-way valves); the controller runs as few enabled pumps as carry it at most
 * 90 % of design flow each, at the common speed that gives the flow (never below 30 %, the bypass takes the rest).
 */
public final class SecondaryZone {

    static final double DESIGN_DELTA_K = 5.0;

    private final String name;
    private final double loadShare;
    private final List<PlantPump> pumps;
    private double flowM3s;

    public SecondaryZone(String name, double loadShare, List<PlantPump> pumps) {
        this.name = name;
        this.loadShare = loadShare;
        this.pumps = List.copyOf(pumps);
    }

    void run(double plantLoadKw, Instant now) {
        flowM3s = loadShare * plantLoadKw / (SimulatedChiller.WATER_KJ_PER_M3K * DESIGN_DELTA_K);
        List<PlantPump> available = pumps.stream().filter(p -> p.enabled(now)).toList();
        if (available.isEmpty()) {
            pumps.forEach(p -> p.run(false, 0, now));
            return;
        }
        double perPump = available.get(0).ratedPoint().flowM3s();
        int needed = (int) Math.max(1, Math.min(available.size(), Math.ceil(flowM3s / (0.9 * perPump))));
        double speed = Math.max(PlantPump.MIN_SPEED, Math.min(1, flowM3s / (needed * perPump)));
        int started = 0;
        for (PlantPump pump : pumps) {
            boolean run = pump.enabled(now) && started < needed;
            pump.run(run, speed, now);
            if (run) {
                started++;
            }
        }
    }

    public String name() {
        return name;
    }

    public List<PlantPump> pumps() {
        return pumps;
    }

    public double flowM3s() {
        return flowM3s;
    }
}
