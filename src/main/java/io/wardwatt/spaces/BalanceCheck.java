package io.wardwatt.spaces;

import io.wardwatt.site.MeasurementPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parent meter = sum of children ± losses: a group is out of balance when its parent's consumption differs from the sum
 * of its children's by more than the loss allowance, in either direction (children above their parent point to a faulty
 * or double-counted meter just as surely).
 *
 * @param lossAllowance the share of the parent's consumption allowed for cable and transformer losses (0.03: 3 %)
 */
public record BalanceCheck(double lossAllowance) {

    public BalanceCheck {
        if (!(lossAllowance >= 0) || lossAllowance >= 1) {
            throw new IllegalArgumentException("lossAllowance must be at least 0 and below 1, got " + lossAllowance);
        }
    }

    /** @param totals consumption per counter id in its carrier's canonical unit; a counter without readings is absent */
    public BalanceResult check(MeterGroup group, Map<Integer, Double> totals) {
        List<String> parents = group.parents().stream().map(MeasurementPoint::code).toList();
        List<String> children = group.children().stream().map(MeasurementPoint::code).toList();
        List<String> missing = new ArrayList<>();
        Double parent = sum(group.parents(), totals, missing);
        Double sumOfChildren = sum(group.children(), totals, missing);
        String carrier = group.carrier().code();
        String unit = group.carrier().canonicalUnit();
        if (!missing.isEmpty()) {
            return new BalanceResult(group.key(), carrier, unit, group.space(), parents, children, parent, sumOfChildren, null, lossAllowance,
                    false, "no readings in the period for " + String.join(", ", missing));
        }
        if (parent <= 0) {
            return new BalanceResult(group.key(), carrier, unit, group.space(), parents, children, parent, sumOfChildren, null, lossAllowance,
                    false, "the parent meters measured nothing in the period");
        }
        double deviation = (parent - sumOfChildren) / parent;
        return new BalanceResult(group.key(), carrier, unit, group.space(), parents, children, parent, sumOfChildren, deviation,
                lossAllowance, Math.abs(deviation) > lossAllowance, null);
    }

    /** The alert's text. */
    public static String describe(BalanceResult r) {
        return String.format(Locale.ROOT, "%s: parent %s measured %.1f %s, its sub-meters %s %.1f %s (%+.1f %% of the parent; "
                        + "allowance ±%.1f %%)", r.group(), String.join("+", r.parents()), r.parentTotal(), r.unit(),
                String.join("+", r.children()), r.childrenTotal(), r.unit(), r.deviation() * 100, r.lossAllowance() * 100);
    }

    private static Double sum(List<MeasurementPoint> meters, Map<Integer, Double> totals, List<String> missing) {
        double sum = 0;
        boolean complete = true;
        for (MeasurementPoint p : meters) {
            Double total = totals.get(p.id());
            if (total == null) {
                missing.add(p.code());
                complete = false;
            } else {
                sum += total;
            }
        }
        return complete ? sum : null;
    }
}
