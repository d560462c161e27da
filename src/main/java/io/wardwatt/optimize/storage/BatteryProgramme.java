package io.wardwatt.optimize.storage;

import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.ClockWindow;
import io.wardwatt.plant.EmergencyReserve;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The battery's day by an exact dynamic programme over its stored energy, in steps of {@code stepFraction} of its
 * capacity counted from the start (so the start is exact and every level lies within its limits). From each level
 * the battery may move in a slot to any level its power limits reach: up by at most {@code maxChargeKw · ηc · h},
 * down by at most {@code maxDischargeKw · h / ηd}. A slot costs its grid energy (net load − battery, drawn only) at
 * the slot's weighted price and carbon. Hard rules: the reserve floor at every boundary ({@link ReserveFloors}), and
 * the day ends with at least {@code endAtLeastKwh} stored (so a day's saving is not borrowed from the next).
 *
 * <p>The demand charge depends on the day's highest grid draw, which no slot-by-slot programme sees. It is met by
 * caps: for a cap C the programme keeps every slot's grid draw ≤ C (a hard limit) and the day costs its energy plus
 * {@code rate × max(0, highest draw − month's peak so far)}; the cheapest over the caps wins. The caps tried are
 * every grid draw the steps can produce when they are few (then the result is exact), otherwise every slot's net
 * load, an even grid between the lowest cap any schedule could keep and the highest draw any could make, and a finer
 * grid around the best of them.
 */
public final class BatteryProgramme {

    /** 0.5 % of the capacity: 5 kWh for a 1 MWh battery. */
    public static final double DEFAULT_STEP_FRACTION = 0.005;
    /** Objective units per kWh of reserve missed, when no schedule can hold the reserve: as little shortfall as possible. */
    static final double SHORTFALL_PENALTY = 1e6;
    private static final int EXACT_CAPS_LIMIT = 400;
    private static final int CAP_GRID = 48;
    private static final int REFINE_GRID = 16;

    private final BatteryDefinition battery;
    private final EmergencyReserve reserve;
    private final double stepFraction;

    /** @param reserve null: no emergency reserve */
    public BatteryProgramme(BatteryDefinition battery, EmergencyReserve reserve, double stepFraction) {
        if (!(stepFraction > 0 && stepFraction <= 0.1)) {
            throw new IllegalArgumentException("the step must be a fraction of the capacity in (0, 0.1], got " + stepFraction);
        }
        this.battery = battery;
        this.reserve = reserve;
        this.stepFraction = stepFraction;
    }

    public BatteryProgramme(BatteryDefinition battery, EmergencyReserve reserve) {
        this(battery, reserve, DEFAULT_STEP_FRACTION);
    }

    public double stepKwh() {
        return stepFraction * battery.capacityKwh();
    }

    /**
     * The cheapest schedule. When none keeps the reserve, the schedule that misses it by the least energy, marked
     * infeasible with the reason.
     */
    public BatterySchedule optimise(StorageDay day, double startKwh, double endAtLeastKwh) {
        if (startKwh < battery.minimumKwh() - 1e-6 || startKwh > battery.capacityKwh() + 1e-6) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "battery %s starts at %.1f kWh, outside its %.1f..%.1f kWh",
                    battery.id(), startKwh, battery.minimumKwh(), battery.capacityKwh()));
        }
        Levels levels = new Levels(day, Math.min(Math.max(startKwh, battery.minimumKwh()), battery.capacityKwh()), endAtLeastKwh);
        Run best = levels.run(Double.POSITIVE_INFINITY, false);
        if (best == null) {
            Run soft = levels.run(Double.POSITIVE_INFINITY, true);
            return soft.schedule(false, infeasibility(day, levels), Double.POSITIVE_INFINITY);
        }
        double cap = Double.POSITIVE_INFINITY;
        if (day.demandChargeCnyPerKwMonth() > 0 && day.objective().costWeight() > 0) {
            Caps caps = caps(day, levels);
            for (double candidate : caps.values()) {
                Run capped = levels.run(candidate, false);
                if (capped != null && capped.total < best.total - 1e-9) {
                    best = capped;
                    cap = candidate;
                }
            }
            if (!caps.exact() && Double.isFinite(cap)) {
                int at = caps.values().indexOf(cap);
                double below = at > 0 ? caps.values().get(at - 1) : cap;
                double above = at + 1 < caps.values().size() ? caps.values().get(at + 1) : cap;
                double found = cap;
                for (int k = 1; k < REFINE_GRID; k++) {
                    double candidate = below + (above - below) * k / REFINE_GRID;
                    Run capped = levels.run(candidate, false);
                    if (capped != null && capped.total < best.total - 1e-9) {
                        best = capped;
                        found = candidate;
                    }
                }
                cap = found;
            }
        }
        return best.schedule(true, null, cap);
    }

    /** Caps to try, ascending; {@code exact}: they are every grid draw the steps can make. */
    private record Caps(List<Double> values, boolean exact) {
    }

    private Caps caps(StorageDay day, Levels levels) {
        double lowest = Double.NEGATIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < day.slots(); s++) {
            lowest = Math.max(lowest, day.netLoadKw()[s] - levels.kw(levels.maxDown));
            highest = Math.max(highest, day.netLoadKw()[s] - levels.kw(-levels.maxUp));
        }
        // below the month's peak so far a cap costs nothing more and only narrows the choice
        lowest = Math.max(lowest, day.monthPeakSoFarKw());
        if (lowest >= highest) {
            return new Caps(List.of(), true);
        }
        TreeSet<Double> draws = new TreeSet<>();
        for (int s = 0; s < day.slots() && draws.size() <= EXACT_CAPS_LIMIT; s++) {
            for (int steps = -levels.maxUp; steps <= levels.maxDown; steps++) {
                double draw = day.netLoadKw()[s] - levels.kw(steps);
                if (draw >= lowest - 1e-9 && draw < highest) {
                    draws.add(draw);
                }
            }
        }
        boolean exact = draws.size() <= EXACT_CAPS_LIMIT;
        TreeSet<Double> caps = new TreeSet<>();
        if (exact) {
            caps.addAll(draws);
        } else {
            for (double net : day.netLoadKw()) {
                if (net >= lowest && net < highest) {
                    caps.add(net);
                }
            }
            for (int k = 0; k < CAP_GRID; k++) {
                caps.add(lowest + (highest - lowest) * k / CAP_GRID);
            }
        }
        caps.add(lowest);
        return new Caps(new ArrayList<>(caps), exact);
    }

    /** Why no schedule holds the reserve and ends the day where it must. */
    private String infeasibility(StorageDay day, Levels levels) {
        double[] floors = levels.floorKwh;
        double reserveKwh = reserve == null ? 0 : reserve.energyKwh(battery);
        double startKwh = levels.startKwh;
        if (startKwh < floors[0] - 1e-6) {
            return String.format(Locale.ROOT, "battery reserve of %.0f kWh cannot be held from %s: the battery starts at %.0f kWh, below the"
                    + " %.0f kWh it must hold (minimum %.0f kWh plus the reserve)", reserveKwh, clock(day, 0), startKwh, floors[0],
                    battery.minimumKwh());
        }
        double risePerSlot = battery.maxChargeKw() * battery.chargeEfficiency() * day.slotHours();
        for (int t = 1; t < floors.length; t++) {
            double reachable = Math.min(battery.capacityKwh(), startKwh + t * risePerSlot);
            if (reachable < floors[t] - 1e-6) {
                return String.format(Locale.ROOT, "battery reserve of %.0f kWh cannot be held from %s: the battery starts at %.0f kWh and can"
                        + " charge at most %.0f kWh by then (%.0f kW for %.2f h at %.0f %% charge efficiency), short of the %.0f kWh it must"
                        + " hold (minimum %.0f kWh plus the reserve)", reserveKwh, clock(day, t), startKwh, reachable - startKwh,
                        battery.maxChargeKw(), t * day.slotHours(), 100 * battery.chargeEfficiency(), floors[t], battery.minimumKwh());
            }
        }
        return String.format(Locale.ROOT, "no schedule of battery %s holds the reserve of %.0f kWh and ends the day with %.0f kWh stored",
                battery.id(), reserveKwh, levels.endAtLeastKwh);
    }

    private static String clock(StorageDay day, int boundary) {
        return ClockWindow.clock(day.boundaryMinuteOfDay(boundary));
    }

    /** One dynamic programme's result: the levels visited and the day's weighted cost (energy and demand charge). */
    private final class Run {
        final int[] path;
        final double total;
        final Levels levels;

        Run(Levels levels, int[] path) {
            this.levels = levels;
            this.path = path;
            this.total = levels.day.objectiveOf(levels.batteryKw(path));
        }

        BatterySchedule schedule(boolean feasible, String problem, double cap) {
            double[] stored = new double[path.length];
            for (int t = 0; t < path.length; t++) {
                stored[t] = levels.energy(path[t]);
            }
            return new BatterySchedule(levels.batteryKw(path), stored, feasible, problem, cap);
        }
    }

    /** The energy levels of one day and the programme over them. */
    private final class Levels {
        final StorageDay day;
        final double startKwh;
        final double endAtLeastKwh;
        final double step;
        final double bottom;
        final int top;
        final int startLevel;
        final int maxUp;
        final int maxDown;
        final double[] floorKwh;
        final int[] lowest;

        Levels(StorageDay day, double startKwh, double endAtLeastKwh) {
            this.day = day;
            this.startKwh = startKwh;
            this.endAtLeastKwh = endAtLeastKwh;
            this.step = stepKwh();
            this.startLevel = (int) Math.floor((startKwh - battery.minimumKwh()) / step + 1e-9);
            this.bottom = startKwh - startLevel * step;
            this.top = (int) Math.floor((battery.capacityKwh() - bottom) / step + 1e-9);
            double hours = day.slotHours();
            this.maxUp = (int) Math.floor(battery.maxChargeKw() * battery.chargeEfficiency() * hours / step + 1e-9);
            this.maxDown = (int) Math.floor(battery.maxDischargeKw() * hours / battery.dischargeEfficiency() / step + 1e-9);
            this.floorKwh = ReserveFloors.floorKwh(battery, reserve, day);
            this.lowest = new int[floorKwh.length];
            for (int t = 0; t < floorKwh.length; t++) {
                double needed = t == floorKwh.length - 1 ? Math.max(floorKwh[t], endAtLeastKwh) : floorKwh[t];
                // a floor within one step below full is met by the top level (the levels start from the start's energy)
                lowest[t] = Math.min(top, (int) Math.ceil((needed - bottom) / step - 1e-9));
            }
        }

        double energy(int level) {
            return bottom + level * step;
        }

        /** Battery kW for a move of {@code down} steps (negative: up) within one slot. */
        double kw(int down) {
            double kwh = down * step;
            double hours = day.slotHours();
            return down >= 0 ? kwh * battery.dischargeEfficiency() / hours : kwh / battery.chargeEfficiency() / hours;
        }

        double[] batteryKw(int[] path) {
            double[] kw = new double[path.length - 1];
            for (int s = 0; s < kw.length; s++) {
                kw[s] = kw(path[s] - path[s + 1]);
            }
            return kw;
        }

        /**
         * The programme with every slot's grid draw at most {@code cap}; null when no schedule keeps the rules.
         * {@code soft}: floors become costs (the least shortfall), for an impossible reserve.
         */
        Run run(double cap, boolean soft) {
            int slots = day.slots();
            int levels = top + 1;
            double[] next = new double[levels];
            for (int k = 0; k < levels; k++) {
                next[k] = shortfall(slots, k, soft);
            }
            int[][] choice = new int[slots][levels];
            for (int s = slots - 1; s >= 0; s--) {
                double[] value = new double[levels];
                double weight = day.weightPerKwh(s) * day.slotHours();
                for (int i = 0; i < levels; i++) {
                    value[i] = Double.POSITIVE_INFINITY;
                    choice[s][i] = -1;
                    if (!soft && s == 0 && i != startLevel) {
                        continue;
                    }
                    // nearest moves first: of equal costs the smaller move is kept (no needless cycling)
                    for (int distance = 0; distance <= Math.max(maxUp, maxDown); distance++) {
                        for (int sign = 0; sign < (distance == 0 ? 1 : 2); sign++) {
                            int j = sign == 0 ? i - distance : i + distance;
                            int down = i - j;
                            if (j < 0 || j > top || down > maxDown || -down > maxUp || Double.isInfinite(next[j])) {
                                continue;
                            }
                            double grid = day.gridKw(s, kw(down));
                            if (grid > cap + 1e-9) {
                                continue;
                            }
                            double cost = weight * Math.max(0, grid) + next[j];
                            if (cost < value[i] - 1e-12 * Math.max(1, Math.abs(cost))) {
                                value[i] = cost;
                                choice[s][i] = j;
                            }
                        }
                    }
                    value[i] += shortfall(s, i, soft);
                }
                next = value;
            }
            if (Double.isInfinite(next[startLevel])) {
                return null;
            }
            int[] path = new int[slots + 1];
            path[0] = startLevel;
            for (int s = 0; s < slots; s++) {
                path[s + 1] = choice[s][path[s]];
            }
            return new Run(this, path);
        }

        /** 0 at or above the boundary's floor; below it infinite, or (soft) the penalty for the energy missing. */
        private double shortfall(int boundary, int level, boolean soft) {
            if (level >= lowest[boundary]) {
                return 0;
            }
            return soft ? SHORTFALL_PENALTY * (lowest[boundary] - level) * step : Double.POSITIVE_INFINITY;
        }
    }
}
