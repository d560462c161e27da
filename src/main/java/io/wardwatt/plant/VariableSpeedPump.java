package io.wardwatt.plant;

/**
 * A pump on a variable-speed drive: its rated-speed curve moved by the affinity laws. At speed fraction s the
 * head is {@code H(q, s) = h0·s² + h1·s·q + h2·q²} and the efficiency {@code η(q/s)} (the operating point slides
 * along a parabola of equal efficiency); electric power is {@code ρ·g·Q·H / (η_pump·η_motor·drive)}, which in
 * SI with H in kPa is simply {@code Q·H / (η_pump·η_motor·drive)} kW.
 *
 * <p>Left of the curve's first published flow the pump is not run: a minimum-flow bypass keeps it at
 * {@code q/s = minFlow} and recirculates what the system does not take (so power stays finite and realistic at
 * low load). Below the minimum speed the drive holds the minimum speed and the pump makes more head than needed.
 *
 * @param minSpeed lowest speed fraction the drive runs at (motor cooling, bearing lubrication)
 * @param maxSpeed highest speed fraction (1 = rated; above 1 only where the drive and motor allow it)
 * @param motorDriveEfficiency motor times drive efficiency, 0..1
 */
public record VariableSpeedPump(PumpCurve curve, double minSpeed, double maxSpeed, double motorDriveEfficiency) {

    public VariableSpeedPump {
        if (!(minSpeed > 0) || !(maxSpeed > minSpeed) || maxSpeed > 1.5) {
            throw new IllegalArgumentException("a pump's speed range needs 0 < min < max ≤ 1.5, got " + minSpeed + ".." + maxSpeed);
        }
        if (!(motorDriveEfficiency > 0) || motorDriveEfficiency > 1) {
            throw new IllegalArgumentException("motor × drive efficiency must be in (0, 1], got " + motorDriveEfficiency);
        }
        if (!(curve.lowestHeadKpa() > 0) || !(curve.lowestEfficiency() > 0) || curve.highestEfficiency() > 1) {
            throw new IllegalArgumentException("a pump curve needs head > 0 and efficiency in (0, 1] over its whole flow range");
        }
    }

    /** Head at flow q (m³/s) and speed s, kPa. */
    public double headKpa(double flowM3s, double speed) {
        Quadratic h = curve.headKpa();
        return h.c0() * speed * speed + h.c1() * speed * flowM3s + h.c2() * flowM3s * flowM3s;
    }

    /** Pump efficiency at flow q and speed s: the rated curve at q/s. */
    public double efficiency(double flowM3s, double speed) {
        return curve.efficiency().valueAt(flowM3s / speed);
    }

    /** Electric power pumping q against head H at speed s, kW. */
    public double powerKw(double flowM3s, double headKpa, double speed) {
        return flowM3s * headKpa / (efficiency(flowM3s, speed) * motorDriveEfficiency);
    }

    /** The speed at which the pump gives head H at flow q exactly (the larger root of the affinity-law quadratic), or NaN. */
    public double speedFor(double flowM3s, double headKpa) {
        Quadratic h = curve.headKpa();
        double a = h.c0();
        double b = h.c1() * flowM3s;
        double c = h.c2() * flowM3s * flowM3s - headKpa;
        double discriminant = b * b - 4 * a * c;
        if (discriminant < 0) {
            return Double.NaN;
        }
        double speed = (-b + Math.sqrt(discriminant)) / (2 * a);
        return speed > 0 ? speed : Double.NaN;
    }

    /** The most a pump delivers at full speed without running past the end of its curve, m³/s. */
    public double maxFlowM3s() {
        return curve.maxFlowM3s() * maxSpeed;
    }

    /** Whether the pump can carry q against H within its speed range and published curve. */
    public boolean canDeliver(double flowM3s, double headKpa) {
        double speed = speedNeeded(flowM3s, headKpa);
        return speed <= maxSpeed * (1 + 1e-12) && flowM3s <= curve.maxFlowM3s() * speed * (1 + 1e-12);
    }

    /**
     * Where the pump runs carrying q (m³/s) into a system that asks head H (kPa); call only when
     * {@link #canDeliver} holds. The point's flow is what the system gets (a bypass may recirculate more).
     */
    public PumpOperatingPoint operatingPoint(double flowM3s, double headKpa) {
        double speed = speedNeeded(flowM3s, headKpa);
        double head = headKpa;
        if (speed < minSpeed) {
            speed = minSpeed;
            head = this.headKpa(pumpedFlow(flowM3s, speed), speed);
        }
        double pumped = pumpedFlow(flowM3s, speed);
        return new PumpOperatingPoint(speed, flowM3s, head, powerKw(pumped, head, speed));
    }

    /**
     * Where one pump running at speed s meets a system curve (for a loop it serves alone). Speed is held within
     * the drive's range.
     */
    public PumpOperatingPoint onSystem(SystemCurve system, double speed) {
        double s = Math.max(minSpeed, Math.min(maxSpeed, speed));
        double flow = flowOnSystem(system, 1, s);
        double pumped = pumpedFlow(flow, s);
        double head = headKpa(pumped, s);
        return new PumpOperatingPoint(s, flow, head, powerKw(pumped, head, s));
    }

    /** The total flow that n of these pumps at speed s push through a system curve, m³/s (0 when they cannot lift its static head). */
    public double flowOnSystem(SystemCurve system, int running, double speed) {
        Quadratic h = curve.headKpa();
        double a = h.c2() / (running * (double) running) - system.resistanceKpaS2M6();
        double b = h.c1() * speed / running;
        double c = h.c0() * speed * speed - system.staticHeadKpa();
        double flow;
        if (Math.abs(a) < 1e-15) {
            flow = b == 0 ? 0 : -c / b;
        } else {
            double discriminant = b * b - 4 * a * c;
            if (discriminant < 0) {
                return 0;
            }
            double root = Math.sqrt(discriminant);
            flow = Math.max((-b + root) / (2 * a), (-b - root) / (2 * a));
        }
        return Math.max(0, flow);
    }

    /** The speed the pump needs; left of its curve, the speed at which it gives H at its minimum flow (bypass open). */
    private double speedNeeded(double flowM3s, double headKpa) {
        double speed = speedFor(flowM3s, headKpa);
        if (Double.isNaN(speed) || flowM3s < curve.minFlowM3s() * speed) {
            double atMinimumFlow = curve.headKpa().valueAt(curve.minFlowM3s());
            speed = Math.sqrt(headKpa / atMinimumFlow);
        }
        return speed;
    }

    private double pumpedFlow(double flowM3s, double speed) {
        return Math.max(flowM3s, curve.minFlowM3s() * speed);
    }
}
