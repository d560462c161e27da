package io.wardwatt.control.runtime;

import io.wardwatt.control.CommandKind;
import io.wardwatt.control.CommandPriority;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.input.DecisionComment;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an override request against the plant: a chiller takes ENABLE and CHWST_SP, a pump ENABLE and SPEED_SP, a
 * battery KW_SP (kW, + discharge, − charge, in its register's 0.1 kW steps); every problem is named at once (400),
 * before anything is stored or written. The point's range (the template's min..max) is checked when the override is
 * put into the command table.
 */
final class OverrideCheck {

    /** What a valid request asks for. */
    record Checked(CommandedPoint point, CommandPriority priority, double value, Duration duration, String comment) {
    }

    static final Duration SHORTEST = Duration.ofSeconds(5);

    private OverrideCheck() {
    }

    /** The battery set-point register's step, kW: a finer value would not read back as written. */
    static final double BATTERY_STEP_KW = 0.1;

    static Checked check(OverrideRequest request, Set<String> chillers, Set<String> pumps, Set<String> batteries, Duration longest) {
        List<InputProblem> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidInputException("body", "an override needs {device, point, value, duration, comment}");
        }
        CommandedPoint point = null;
        if (request.device() == null || request.device().isBlank()) {
            problems.add(new InputProblem("device", "required: a chiller, pump or battery of the plant"));
        } else if (batteries.contains(request.device())) {
            point = batteryPoint(request.device(), request.point(), problems);
        } else if (!chillers.contains(request.device()) && !pumps.contains(request.device())) {
            problems.add(new InputProblem("device", "no chiller, pump or battery '" + request.device() + "' in the plant (chillers "
                    + sorted(chillers) + ", pumps " + sorted(pumps) + ", batteries " + sorted(batteries) + ")"));
        } else {
            point = point(request.device(), request.point(), chillers.contains(request.device()), problems);
        }
        if (request.value() == null || !Double.isFinite(request.value())) {
            problems.add(new InputProblem("value", "required: a number in the point's units"));
        } else if (point != null && point.kind() == CommandKind.BATTERY_POWER && !onStep(request.value(), BATTERY_STEP_KW)) {
            problems.add(new InputProblem("value", request.value() + " kW is finer than the battery set-point register's " + BATTERY_STEP_KW
                    + " kW steps: it would not read back as written"));
        }
        Duration duration = null;
        if (request.duration() == null) {
            problems.add(new InputProblem("duration", "required: how long the override holds, ISO-8601 (PT30M)"));
        } else {
            try {
                duration = Duration.parse(request.duration());
                if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(longest) > 0) {
                    problems.add(new InputProblem("duration", request.duration() + " is outside " + SHORTEST + ".." + longest
                            + " (wardwatt.control.override-max)"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem("duration", "'" + request.duration() + "' is not an ISO-8601 duration such as PT30M"));
            }
        }
        CommandPriority priority = CommandPriority.MANUAL_OPERATOR;
        if ("emergency".equals(request.level())) {
            priority = CommandPriority.MANUAL_LIFE_SAFETY;
        } else if (request.level() != null && !"operator".equals(request.level())) {
            problems.add(new InputProblem("level", "operator (8, the default) or emergency (1), got '" + request.level() + "'"));
        }
        DecisionComment.problem(request.comment(), "why the plant is overridden").ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(point, priority, request.value(), duration, request.comment().strip());
    }

    private static CommandedPoint point(String device, String name, boolean chiller, List<InputProblem> problems) {
        if ("ENABLE".equals(name)) {
            return new CommandedPoint(device, name, chiller ? CommandKind.CHILLER_ENABLE : CommandKind.PUMP_ENABLE);
        }
        if (chiller && "CHWST_SP".equals(name)) {
            return new CommandedPoint(device, name, CommandKind.SUPPLY_SETPOINT);
        }
        if (!chiller && "SPEED_SP".equals(name)) {
            return new CommandedPoint(device, name, CommandKind.PUMP_SPEED);
        }
        problems.add(new InputProblem("point", "'" + name + "' cannot be overridden on " + (chiller ? "chiller " : "pump ") + device
                + ": " + (chiller ? "ENABLE or CHWST_SP" : "ENABLE or SPEED_SP")));
        return null;
    }

    private static CommandedPoint batteryPoint(String device, String name, List<InputProblem> problems) {
        if (CommandedPoint.batteryPower(device).point().equals(name)) {
            return CommandedPoint.batteryPower(device);
        }
        problems.add(new InputProblem("point", "'" + name + "' cannot be overridden on battery " + device + ": KW_SP"));
        return null;
    }

    private static boolean onStep(double value, double step) {
        double steps = value / step;
        return Math.abs(steps - Math.rint(steps)) < 1e-6;
    }

    private static String sorted(Set<String> codes) {
        return String.join(", ", new java.util.TreeSet<>(codes));
    }
}
