package io.wardwatt.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One measured quantity. A COUNTER is a cumulative register (kWh, m³, t) that wraps to 0 after
 * {@code rolloverValue}; a VALUE is an instantaneous reading (kW, °C, %) and never wraps. A point with an
 * energy carrier counts towards that carrier's consumption, so its unit must be one the carrier is
 * measured in (power in kW has no carrier: it is not an amount of energy).
 *
 * @param code          unique within the site
 * @param unit          the unit of the values as read, e.g. {@code kWh}, {@code kW}, {@code °C}
 * @param rolloverValue the register value after which a COUNTER wraps to 0; required for a COUNTER, absent for a VALUE
 * @param carrier       the energy carrier, or null for quantities that are not an amount of energy
 * @param device        the code of the device it is read from, or null
 * @param space         the code of the space it measures, or null
 * @param tags          free labels for filtering (no blanks, no duplicates; order kept)
 * @param flow          the energy flow an energy counter measures; null: consumption (only for a point with a carrier)
 * @param parentMeter   the code of the consumption meter this sub-meter's energy is part of (same site, same carrier), or
 *                      null for a meter whose energy no other meter of the site counts; only for a consumption counter
 */
public record Point(String code, String name, String unit, PointKind kind, Double rolloverValue, EnergyCarrier carrier,
                    String device, String space, List<String> tags, EnergyFlow flow, String parentMeter) {

    /** A point that is no sub-meter and whose flow is the default. */
    public Point(String code, String name, String unit, PointKind kind, Double rolloverValue, EnergyCarrier carrier,
                 String device, String space, List<String> tags) {
        this(code, name, unit, kind, rolloverValue, carrier, device, space, tags, null, null);
    }

    private static final Pattern NO_WHITESPACE = Pattern.compile("\\S{1,64}");

    public Point {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
        unit = FieldChecks.clean(unit);
        device = FieldChecks.clean(device);
        space = FieldChecks.clean(space);
        parentMeter = FieldChecks.clean(parentMeter);

        FieldChecks checks = new FieldChecks();
        checks.code("code", code);
        checks.text("name", name, 200);
        if (unit == null) {
            checks.add("unit", "is required");
        } else if (unit.length() > 16 || !NO_WHITESPACE.matcher(unit).matches()) {
            checks.add("unit", "'" + unit + "' is not a unit: up to 16 characters without spaces");
        } else if (carrier != null && !carrier.accepts(unit)) {
            checks.add("unit", "'" + unit + "' is not a unit of " + carrier.code() + " (one of "
                    + carrier.units().stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        checks.required("kind", kind);
        if (kind == PointKind.COUNTER) {
            if (rolloverValue == null) {
                checks.add("rolloverValue", "is required for a COUNTER: the register value after which it wraps to 0, e.g. 99999999.9");
            } else if (!Double.isFinite(rolloverValue) || rolloverValue <= 0) {
                checks.add("rolloverValue", "must be more than 0, got " + rolloverValue);
            }
        } else if (kind == PointKind.VALUE && rolloverValue != null) {
            checks.add("rolloverValue", "only a COUNTER wraps: leave it out for a VALUE point");
        }
        if (flow != null && (carrier == null || kind != PointKind.COUNTER)) {
            checks.add("flow", "only an energy counter (a COUNTER with a carrier) measures a flow");
        }
        if (parentMeter != null) {
            checks.optionalCode("parentMeter", parentMeter);
            if (carrier == null || kind != PointKind.COUNTER) {
                checks.add("parentMeter", "only an energy counter (a COUNTER with a carrier) has a parent meter");
            } else if (flow != null && flow != EnergyFlow.CONSUMPTION) {
                checks.add("parentMeter", "only a consumption meter is a sub-meter; this one measures " + flow.code());
            } else if (parentMeter.equals(code)) {
                checks.add("parentMeter", "a meter cannot be its own parent");
            }
        }
        checks.optionalCode("device", device);
        checks.optionalCode("space", space);
        tags = cleanTags(tags, checks);
        checks.throwIfAny();
    }

    /** The flow counted: the declared one, consumption for an energy counter without one, empty for other points. */
    public java.util.Optional<EnergyFlow> effectiveFlow() {
        if (carrier == null || kind != PointKind.COUNTER) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(flow == null ? EnergyFlow.CONSUMPTION : flow);
    }

    private static List<String> cleanTags(List<String> tags, FieldChecks checks) {
        if (tags == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = FieldChecks.clean(tags.get(i));
            if (tag == null || !NO_WHITESPACE.matcher(tag).matches()) {
                checks.add("tags[" + i + "]", "a tag is 1-64 characters without spaces, got '" + tags.get(i) + "'");
            } else if (kept.add(tag)) {
                cleaned.add(tag);
            }
        }
        return List.copyOf(cleaned);
    }
}
