package io.wardwatt.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The chiller plant now, as its engineer reads it: each chiller and pump from its latest polled values, the plant's
 * power, cooling load and kW/RT, the plan's slot in force and what control commanded, and control's situation.
 *
 * @param at when this view was made
 * @param asOf the newest source time of the values in it (null when nothing has been polled)
 * @param towers the cooling-tower cells of the plant file (null when it has none)
 * @param plan the approved plan's slot in force (null when none)
 */
public record PlantNow(String site, Instant at, Instant asOf, PlantFigures plant, List<ChillerNow> chillers, List<PumpNow> pumps,
        TowersNow towers, PlanSlotNow plan, ControlSituation control) {

    /** One refrigeration ton, kW thermal. */
    public static final double KW_PER_RT = 3.51685;

    public PlantNow {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
    }

    /**
     * A polled value with its source time.
     *
     * @param stale the poller marked it stale (frozen or no longer arriving), or it is older than the view allows
     */
    public record Measured(double value, Instant at, boolean stale) {
    }

    /**
     * The plant as a whole.
     *
     * @param powerKw electrical input of chillers, pumps and towers: the plant meter, else the sum of the polled chillers and pumps
     * @param powerSource the device the power was read from, or chillers-and-pumps (their sum)
     * @param coolingKw cooling delivered, kW thermal: the chilled-water energy meter, else the sum of the chillers' evaporator duty (coolingSource chillers-evaporators)
     * @param coolingRt the same in refrigeration tons
     * @param kwPerRt plant efficiency, kW electrical per RT of cooling (null without cooling)
     */
    public record PlantFigures(Measured powerKw, String powerSource, Measured coolingKw, String coolingSource, Double coolingRt, Double kwPerRt,
            Measured supplyC, Measured returnC, int chillersRunning, int pumpsRunning) {
    }

    /**
     * A chiller: run state, load, power, efficiency and its water temperatures.
     *
     * @param running null when its RUN state has not been read
     * @param dispatchState control's state for it (IDLE, WRITING, VERIFYING, HOLDING, BACKING_OFF, FAULT), null when control does not command it
     */
    public record ChillerNow(String id, Boolean running, boolean alarm, Measured loadPercent, Measured powerKw, Measured coolingKw, Double kwPerRt,
            Measured chwSupplyC, Measured chwReturnC, Measured cdwEnteringC, Measured cdwLeavingC, String dispatchState, String fault,
            List<Commanded> commanded) {

        public ChillerNow {
            commanded = List.copyOf(commanded);
        }
    }

    /** A pump: run state, speed and power. @param role primary, condenser or secondary */
    public record PumpNow(String id, String role, Boolean running, boolean tripped, Measured speedPercent, Measured powerKw, String dispatchState,
            String fault, List<Commanded> commanded) {

        public PumpNow {
            commanded = List.copyOf(commanded);
        }
    }

    /** @param polled whether the towers' fans are polled (when not, the plan's slot says what it asks of them) */
    public record TowersNow(int cells, boolean polled) {
    }

    /**
     * What the approved plan asks now.
     *
     * @param mode advisory (tracked, nothing written) or dispatch
     * @param chillersOn the chillers the slot runs
     */
    public record PlanSlotNow(UUID planId, String mode, int slot, Instant from, Instant until, double supplySetpointC, List<String> chillersOn,
            double plannedLoadKw) {

        public PlanSlotNow {
            chillersOn = List.copyOf(chillersOn);
        }
    }

    /**
     * A commanded point of a device: the level that governs it and what was last written.
     *
     * @param by who governs it: plan, override, emergency (an engineer's life-safety command) or level-N; null when relinquished
     *     (the plant's own control)
     */
    public record Commanded(String point, Double value, String by, Instant expiresAt, Double lastWritten, Instant lastWrittenAt) {
    }

    /** kW electrical per RT of cooling; null when there is no cooling to speak of (below 1 kW thermal). */
    public static Double kwPerRt(double powerKw, double coolingKw) {
        if (!Double.isFinite(powerKw) || !Double.isFinite(coolingKw) || coolingKw < 1.0) {
            return null;
        }
        return powerKw / (coolingKw / KW_PER_RT);
    }

    /** Who a priority level is: plan, override, emergency or level-N. */
    public static String governedBy(int level) {
        if (level == CommandPriority.PLAN.level()) {
            return "plan";
        }
        if (level == CommandPriority.MANUAL_OPERATOR.level()) {
            return "override";
        }
        if (level == CommandPriority.MANUAL_LIFE_SAFETY.level()) {
            return "emergency";
        }
        return "level-" + level;
    }
}
