package io.wardwatt.acquisition;

import io.wardwatt.site.PointKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a register map must follow, checked on typed points: names, address range (including the
 * value's last word), type and function together, bits, scaling, counters, writability, and no two points
 * of one function on the same register (bools in one register may share it on different bits).
 */
public final class TemplateRules {

    /** A point name is the suffix of a site point code ({@code <DEVICE>.<name>}); the same characters. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,47}");
    static final int MAX_ADDRESS = 0xFFFF;

    /** One broken rule of the point at {@code index}; {@code field} is the field to look at. */
    public record Violation(int index, String field, String problem) {
    }

    private TemplateRules() {
    }

    public static List<Violation> check(List<RegisterPoint> points) {
        List<Violation> found = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            RegisterPoint p = points.get(i);
            Integer first = names.putIfAbsent(p.name(), i);
            if (first != null) {
                found.add(new Violation(i, "name", "point " + p.name() + " is defined twice (first as points[" + first + "])"));
            }
            checkPoint(i, p, found);
        }
        checkOverlaps(points, found);
        checkConditions(points, names, found);
        return found;
    }

    private static void checkPoint(int i, RegisterPoint p, List<Violation> found) {
        String who = "point " + p.name() + ": ";
        if (!NAME.matcher(p.name()).matches()) {
            found.add(new Violation(i, "name", who + "a name is 1-48 characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit"));
        }
        if (p.address() < 0 || p.address() > MAX_ADDRESS) {
            found.add(new Violation(i, "address", who + "address " + p.address() + " is outside 0..65535"));
        } else if (p.lastAddress() > MAX_ADDRESS) {
            found.add(new Violation(i, "address", who + "a " + p.type().label() + " at " + p.address() + " ends at " + p.lastAddress()
                    + ", past the last address 65535"));
        }
        if (p.function().isBits() && p.type() != RegisterType.BOOL) {
            found.add(new Violation(i, "type", who + "a " + p.function().label() + " is one bit: its type must be bool, not " + p.type().label()));
        }
        if (p.bit() != null) {
            if (p.function().isBits()) {
                found.add(new Violation(i, "bit", who + "'bit' is for a bool in a holding or input register; a " + p.function().label()
                        + " is a bit already"));
            } else if (p.type() != RegisterType.BOOL) {
                found.add(new Violation(i, "bit", who + "'bit' is only for type bool, not " + p.type().label()));
            } else if (p.bit() < 0 || p.bit() > 15) {
                found.add(new Violation(i, "bit", who + "bit " + p.bit() + " is outside 0..15"));
            }
        }
        checkScaling(i, p, who, found);
        checkKind(i, p, who, found);
        if (p.writable() && !p.function().isWritable()) {
            found.add(new Violation(i, "writable", who + "function " + p.function().label() + " cannot be written (Modbus has no write function for it);"
                    + " use a coil or a holding register, or set writable: false"));
        }
        if ((p.min() != null || p.max() != null) && !p.writable()) {
            found.add(new Violation(i, "min", who + "min and max limit writes: they are only for writable points"));
        } else if (p.min() != null && p.max() != null && p.min() > p.max()) {
            found.add(new Violation(i, "min", who + "min " + p.min() + " is above max " + p.max()));
        }
        if (p.staleAfter() != null && (p.staleAfter().isNegative() || p.staleAfter().isZero())) {
            found.add(new Violation(i, "staleAfter", who + "staleAfter must be more than 0"));
        }
    }

    private static void checkScaling(int i, RegisterPoint p, String who, List<Violation> found) {
        if (p.type() == RegisterType.BOOL) {
            if (p.scale() != 1.0 || p.offset() != 0.0) {
                found.add(new Violation(i, "scale", who + "a bool reads 0 or 1: scale and offset do not apply"));
            }
            return;
        }
        if (!Double.isFinite(p.scale()) || p.scale() == 0.0) {
            found.add(new Violation(i, "scale", who + "scale must be a finite number other than 0, got " + p.scale()));
        }
        if (!Double.isFinite(p.offset())) {
            found.add(new Violation(i, "offset", who + "offset must be a finite number, got " + p.offset()));
        }
    }

    private static void checkKind(int i, RegisterPoint p, String who, List<Violation> found) {
        if (p.unit() == null || p.unit().isBlank()) {
            found.add(new Violation(i, "unit", who + "unit is required (e.g. kWh, kW, °C, %, or '-' for a state)"));
        } else if (p.unit().length() > 16 || p.unit().chars().anyMatch(Character::isWhitespace)) {
            found.add(new Violation(i, "unit", who + "'" + p.unit() + "' is not a unit: up to 16 characters without spaces"));
        } else if (p.carrier() != null && !p.carrier().accepts(p.unit())) {
            found.add(new Violation(i, "unit", who + "'" + p.unit() + "' is not a unit of " + p.carrier().code()));
        }
        if (p.flow() != null && (p.carrier() == null || p.kind() != PointKind.COUNTER)) {
            found.add(new Violation(i, "flow", who + "only an energy counter (kind counter with a carrier) measures a flow"));
        }
        if (p.kind() == PointKind.COUNTER) {
            if (p.type() == RegisterType.BOOL) {
                found.add(new Violation(i, "kind", who + "a bool cannot be a counter"));
            }
            if (p.rollover() == null) {
                found.add(new Violation(i, "rollover", who + "a counter needs 'rollover': the engineering value at which it wraps to 0"
                        + " (e.g. 4294967296 * scale for a uint32)"));
            } else if (!Double.isFinite(p.rollover()) || p.rollover() <= 0) {
                found.add(new Violation(i, "rollover", who + "rollover must be more than 0, got " + p.rollover()));
            }
        } else if (p.rollover() != null) {
            found.add(new Violation(i, "rollover", who + "only a counter wraps: leave 'rollover' out of a value"));
        }
    }

    /** A {@code mustChangeWhile} names a bool point of the same template: the equipment's run state. */
    private static void checkConditions(List<RegisterPoint> points, Map<String, Integer> names, List<Violation> found) {
        for (int i = 0; i < points.size(); i++) {
            RegisterPoint p = points.get(i);
            if (p.mustChangeWhile() == null) {
                continue;
            }
            Integer condition = names.get(p.mustChangeWhile());
            if (condition == null || points.get(condition).type() != RegisterType.BOOL) {
                found.add(new Violation(i, "mustChangeWhile", "point " + p.name() + ": mustChangeWhile must name a bool point of this template, not '"
                        + p.mustChangeWhile() + "'"));
            } else if (!p.mustChange()) {
                found.add(new Violation(i, "mustChangeWhile", "point " + p.name() + ": mustChangeWhile needs mustChange: true"));
            }
        }
    }

    /** Sweeps each function's points in address order against the ones still open. */
    private static void checkOverlaps(List<RegisterPoint> points, List<Violation> found) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            // A point a device switched off frees its registers for another point moved there.
            if (points.get(i).address() >= 0 && points.get(i).enabled()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> points.get(i).function()).thenComparingInt(i -> points.get(i).address()));
        List<Integer> open = new ArrayList<>();
        for (int i : order) {
            RegisterPoint p = points.get(i);
            open.removeIf(j -> points.get(j).function() != p.function() || points.get(j).lastAddress() < p.address());
            for (int j : open) {
                RegisterPoint q = points.get(j);
                if (!sharesOneRegisterOnOtherBits(p, q)) {
                    found.add(new Violation(i, "address", "point " + p.label() + " overlaps point " + q.label() + " (" + p.function().label() + " " + Math.max(p.address(), q.address()) + ")"));
                }
            }
            open.add(i);
        }
    }

    private static boolean sharesOneRegisterOnOtherBits(RegisterPoint p, RegisterPoint q) {
        return p.type() == RegisterType.BOOL && q.type() == RegisterType.BOOL && p.bit() != null && q.bit() != null
                && !p.bit().equals(q.bit()) && p.address() == q.address();
    }
}
