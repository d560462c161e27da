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
 */
public record SlotInForce(UUID planId, boolean advisory, int slotIndex, Instant from, Instant until, double supplySetpointC,
        List<ChillerCommand> chillers, List<PumpCommand> pumps) {

    public SlotInForce {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
    }

    /** A chiller's enable command: on, with the load share the plan expects of it. */
    public record ChillerCommand(String id, boolean on, double plannedLoadKw) {
    }

    /** A pump's stage: on or off, and its speed over rated speed. */
    public record PumpCommand(String id, boolean on, double speedFraction) {
    }
}
