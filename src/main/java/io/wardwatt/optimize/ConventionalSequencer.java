package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The decisions a conventional chiller-plant controller makes on the same forecast ({@link ConventionalRules}):
 * chillers in the fixed order of the plant, staged up at a load fraction and down with hysteresis, each staging
 * decision held for the minimum run or stop time as an anti-short-cycle timer does; one fixed set-point; secondary
 * pumps staged by count on speed; with towers, one fixed condenser-water set-point held on every cell the water can
 * share, the fans at whatever speed holds it (the evaluation finds the water warmer when full speed cannot).
 */
final class ConventionalSequencer {

    private final DayProblem problem;

    ConventionalSequencer(DayProblem problem) {
        this.problem = problem;
    }

    List<SlotDecision> decide() {
        ConventionalRules rules = problem.conventional();
        int n = problem.chillers().size();
        int running = initiallyRunning();
        int heldUntil = 0;
        List<SlotDecision> decisions = new ArrayList<>();
        for (int s = 0; s < problem.slots().size(); s++) {
            SlotConditions slot = problem.slots().get(s);
            double setpoint = Math.max(slot.minSupplyC(), Math.min(slot.maxSupplyC(), rules.fixedSetpointC()));
            double required = problem.rules().requiredKw(slot.loadKw());
            int wanted = running;
            if (slot.loadKw() <= 0) {
                wanted = 0;
            } else {
                wanted = Math.max(wanted, 1);
                while (wanted < n && required > rules.stageUpFraction() * usableCapacity(wanted, setpoint, slot)) {
                    wanted++;
                }
                while (wanted > 1 && required < rules.stageDownFraction() * usableCapacity(wanted - 1, setpoint, slot)) {
                    wanted--;
                }
            }
            // Staging up is never delayed (the load must be met); staging down waits for the timer.
            if (wanted > running || wanted < running && s >= heldUntil) {
                heldUntil = s + (wanted > running ? problem.rules().minRunSlots() : problem.rules().minStopSlots());
                running = wanted;
            }
            int mask = (1 << running) - 1;
            decisions.add(new SlotDecision(mask, setpoint, pumpCounts(slot, setpoint), pairedPumps(mask), condenserSetpointC(), 0));
        }
        return decisions;
    }

    private int initiallyRunning() {
        int count = 0;
        for (int i = 0; i < problem.chillers().size(); i++) {
            count += problem.initialStateOf(i).on() ? 1 : 0;
        }
        return count;
    }

    /** The towers' fixed set-point, or NaN when the condenser water is a given. */
    private double condenserSetpointC() {
        return problem.plansTowers() ? problem.condenser().conventionalSetpointC() : Double.NaN;
    }

    /** Staging judges capacity at the condenser water the controller expects: the given one, or its towers' set-point. */
    private double usableCapacity(int count, double setpoint, SlotConditions slot) {
        double condenser = problem.plansTowers() ? condenserSetpointC() : slot.condenserEnteringC();
        double[] capacities = new double[count];
        for (int i = 0; i < count; i++) {
            capacities[i] = problem.chillers().get(i).model().at(setpoint, condenser).capacityKw();
        }
        return problem.rules().usableCapacityKw(capacities);
    }

    private int[] pumpCounts(SlotConditions slot, double setpoint) {
        int[] counts = new int[problem.zones().size()];
        for (int z = 0; z < counts.length; z++) {
            SecondaryZone zone = problem.zones().get(z);
            double zoneLoad = slot.loadKw() * zone.loadShare();
            int all = zone.pumpIds().size();
            counts[z] = zoneLoad > 0 ? all : 0;
            if (zoneLoad <= 0) {
                continue;
            }
            for (int count = 1; count <= all; count++) {
                SecondaryPumpDuty duty = zone.duty(zoneLoad, setpoint, count);
                if (duty.feasible() && duty.speedFraction() <= problem.conventional().pumpStageUpSpeed()) {
                    counts[z] = count;
                    break;
                }
            }
        }
        return counts;
    }

    private Set<String> pairedPumps(int mask) {
        Set<String> on = new HashSet<>();
        for (int i = 0; i < problem.chillers().size(); i++) {
            if ((mask & (1 << i)) != 0) {
                problem.chillers().get(i).pairedPumps().forEach(p -> on.add(p.id()));
            }
        }
        return on;
    }
}
