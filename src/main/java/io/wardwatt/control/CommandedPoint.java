package io.wardwatt.control;

import java.util.Objects;

/** A writable point dispatch commands: a polled device's code and the template's point name. */
public record CommandedPoint(String device, String point, CommandKind kind) {

    public CommandedPoint {
        Objects.requireNonNull(kind, "kind");
        if (device == null || device.isBlank() || point == null || point.isBlank()) {
            throw new IllegalArgumentException("a commanded point needs a device and a point, got " + device + "." + point);
        }
    }

    public static CommandedPoint chillerEnable(String chiller) {
        return new CommandedPoint(chiller, "ENABLE", CommandKind.CHILLER_ENABLE);
    }

    public static CommandedPoint supplySetpoint(String chiller) {
        return new CommandedPoint(chiller, "CHWST_SP", CommandKind.SUPPLY_SETPOINT);
    }

    public static CommandedPoint pumpEnable(String pump) {
        return new CommandedPoint(pump, "ENABLE", CommandKind.PUMP_ENABLE);
    }

    public static CommandedPoint pumpSpeed(String pump) {
        return new CommandedPoint(pump, "SPEED_SP", CommandKind.PUMP_SPEED);
    }

    public static CommandedPoint batteryPower(String battery) {
        return new CommandedPoint(battery, "KW_SP", CommandKind.BATTERY_POWER);
    }

    @Override
    public String toString() {
        return device + "." + point;
    }
}
