package io.wardwatt.optimize;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an approved plan asks of the plant during one slot.
 *
 * @param advisory true when the plan was approved in advisory mode: it is tracked, and nothing may be written
 * @param from the slot's start (inclusive)
 * @param until the slot's end (exclusive): the next slot's commands, or none, apply from then
 * @param supplySetpointC chilled-water supply set-point, °C
 * @param chillers every chiller of the plan, on or off
 * @param pumps every pump of the plan, on or off with its speed (the pump stages)
 * @param battery the battery's power set-point for the slot; null when the plan commands no battery (its own
 *     timetable then runs)
 */
public record SlotInForce(UUID planId, boolean advisory, int slotIndex, Instant from, Instant until, double supplySetpointC,
        List<ChillerCommand> chillers, List<PumpCommand> pumps, BatteryCommand battery) {

    public SlotInForce {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
    }

    /** A slot of a plan that commands no battery. */
    public SlotInForce(UUID planId, boolean advisory, int slotIndex, Instant from, Instant until, double supplySetpointC,
            List<ChillerCommand> chillers, List<PumpCommand> pumps) {
        this(planId, advisory, slotIndex, from, until, supplySetpointC, chillers, pumps, null);
    }

    /** A chiller's enable command: on, with the load share the plan expects of it. */
    public record ChillerCommand(String id, boolean on, double plannedLoadKw) {
    }

    /** A pump's stage: on or off, and its speed over rated speed. */
    public record PumpCommand(String id, boolean on, double speedFraction) {
    }

    /**
     * The battery's power for the slot.
     *
     * @param id the battery's device code
     * @param powerKw + discharge, − charge, kW (0: the plan holds it idle, which is a command too)
     */
    public record BatteryCommand(String id, double powerKw) {

        public BatteryCommand {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a battery command needs the battery's device code");
            }
            if (!Double.isFinite(powerKw)) {
                throw new IllegalArgumentException("a battery command needs a finite power, got " + powerKw + " kW for " + id);
            }
        }
    }
}
