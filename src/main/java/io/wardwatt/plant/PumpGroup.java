package io.wardwatt.plant;

import java.util.Locale;

/**
 * {@code count} identical pumps in parallel on one system curve (a secondary chilled-water zone's pumps):
 * staged by how many run and at what common speed.
 *
 * @param name what the messages call the group, e.g. {@code zone Z1}
 */
public record PumpGroup(String name, VariableSpeedPump pump, int count, SystemCurve system) {

    public PumpGroup {
        if (count < 1) {
            throw new IllegalArgumentException(name + ": a pump group needs at least one pump");
        }
    }

    /** The duty of {@code running} pumps carrying {@code totalFlowM3s} on the system curve. */
    public GroupDuty duty(double totalFlowM3s, int running) {
        if (running < 0 || running > count) {
            throw new IllegalArgumentException(name + " has " + count + " pumps, cannot run " + running);
        }
        double flow = Math.max(0, totalFlowM3s);
        if (running == 0) {
            return flow == 0 ? new GroupDuty(true, null, 0, 0, 0, 0, 0, 0)
                    : GroupDuty.infeasible(0, flow, flow, format("no pump of %s runs but it needs %.3f m³/s", name, flow));
        }
        double perPump = flow / running;
        double head = system.headKpa(flow);
        if (!pump.canDeliver(perPump, head)) {
            double shortfall = Math.max(0, flow - maxFlowM3s(running));
            return GroupDuty.infeasible(running, flow, shortfall, reason(running, flow, head));
        }
        PumpOperatingPoint point = pump.operatingPoint(perPump, head);
        return new GroupDuty(true, null, running, flow, point.speedFraction(), point.headKpa(), running * point.powerKw(), 0);
    }

    /** The feasible duty of least power over every count of running pumps; if none is feasible, all of them (infeasible). */
    public GroupDuty leastPowerDuty(double totalFlowM3s) {
        if (totalFlowM3s <= 0) {
            return duty(0, 0);
        }
        GroupDuty best = null;
        for (int running = 1; running <= count; running++) {
            GroupDuty duty = duty(totalFlowM3s, running);
            if (duty.feasible() && (best == null || duty.powerKw() < best.powerKw())) {
                best = duty;
            }
        }
        return best != null ? best : duty(totalFlowM3s, count);
    }

    /** The most {@code running} pumps push through the system at full speed within their curve, m³/s. */
    public double maxFlowM3s(int running) {
        return Math.min(pump.flowOnSystem(system, running, pump.maxSpeed()), running * pump.maxFlowM3s());
    }

    private String reason(int running, double flow, double head) {
        double perPump = flow / running;
        double atFullSpeed = pump.headKpa(perPump, pump.maxSpeed());
        if (atFullSpeed < head) {
            return format("%d of %s's pumps cannot deliver %.3f m³/s against %.0f kPa: at full speed %s %.0f kPa", running, name,
                    flow, head, running == 1 ? "it gives" : "they give", atFullSpeed);
        }
        return format("%d of %s's pumps cannot deliver %.3f m³/s against %.0f kPa: each would run past the end of its curve"
                + " (%.3f m³/s at rated speed)", running, name, flow, head, pump.curve().maxFlowM3s());
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
