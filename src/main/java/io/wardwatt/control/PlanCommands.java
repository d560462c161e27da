package io.wardwatt.control;

import io.wardwatt.optimize.SlotInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one slot of an approved plan commands, at the plan's level: each chiller's ENABLE (1 run allowed, 0 stop),
 * the supply set-point of every chiller the plan runs, each pump's ENABLE and, for a running pump, its speed
 * set-point (% of rated speed) and, when the plan has one, the battery's power set-point (kW, + discharge, − charge;
 * without one nothing is commanded and the battery keeps its own timetable). Every command expires at the slot's end plus a margin, so the next slot's commands
 * take over without a gap and a plan that stops being followed lets go of the plant by itself.
 */
public final class PlanCommands {

    private PlanCommands() {
    }

    public static Map<CommandedPoint, Command> of(SlotInForce slot, Duration margin) {
        Instant expires = slot.until().plus(margin);
        String source = "plan " + slot.planId() + " slot " + slot.slotIndex();
        Map<CommandedPoint, Command> commands = new LinkedHashMap<>();
        for (SlotInForce.ChillerCommand chiller : slot.chillers()) {
            commands.put(CommandedPoint.chillerEnable(chiller.id()), new Command(CommandPriority.PLAN, chiller.on() ? 1 : 0, expires, source));
            if (chiller.on()) {
                commands.put(CommandedPoint.supplySetpoint(chiller.id()), new Command(CommandPriority.PLAN, slot.supplySetpointC(), expires, source));
            }
        }
        for (SlotInForce.PumpCommand pump : slot.pumps()) {
            commands.put(CommandedPoint.pumpEnable(pump.id()), new Command(CommandPriority.PLAN, pump.on() ? 1 : 0, expires, source));
            if (pump.on() && Double.isFinite(pump.speedFraction()) && pump.speedFraction() > 0) {
                double percent = Math.round(pump.speedFraction() * 1000) / 10.0;
                commands.put(CommandedPoint.pumpSpeed(pump.id()), new Command(CommandPriority.PLAN, percent, expires, source));
            }
        }
        if (slot.battery() != null) {
            // to the set-point register's 0.1 kW, so that the read-back compares equal to what was sent
            double kw = Math.round(slot.battery().powerKw() * 10) / 10.0;
            commands.put(CommandedPoint.batteryPower(slot.battery().id()), new Command(CommandPriority.PLAN, kw, expires, source));
        }
        return commands;
    }
}
