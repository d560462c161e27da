package io.wardwatt.readings.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a cumulative register's readings into consumption intervals. The register is stored as read; here
 * each step between consecutive usable readings becomes a quantity that understands register rollover and
 * recorded meter replacements, and is never negative: a step nothing explains is an anomaly worth zero.
 *
 * <p>A reading taken exactly at a replacement instant is ambiguous (last poll of the old meter or first of
 * the new one): it is given to whichever register its value is closer to, ties to the new meter.
 */
public final class CounterDelta {

    private final CounterRules rules;

    public CounterDelta(CounterRules rules) {
        this.rules = rules;
    }

    /**
     * @param samples      the counter's readings in any order; bad ones and repeated instants are skipped
     * @param replacements the counter's recorded meter replacements in any order
     * @return one interval per pair of consecutive usable readings, in time order
     */
    public List<ConsumptionInterval> intervals(List<Sample> samples, List<MeterReplacement> replacements) {
        List<MeterReplacement> swaps = replacements.stream().sorted(Comparator.comparing(MeterReplacement::replacedAt)).toList();
        List<Sample> usable = samples.stream().filter(Sample::usable).sorted(Comparator.comparing(Sample::ts)).toList();
        List<ConsumptionInterval> intervals = new ArrayList<>();
        Sample previous = null;
        for (Sample current : usable) {
            if (previous != null && current.ts().isAfter(previous.ts())) {
                intervals.add(between(previous, current, swaps));
            }
            if (previous == null || current.ts().isAfter(previous.ts())) {
                previous = current;
            }
        }
        return intervals;
    }

    private ConsumptionInterval between(Sample a, Sample b, List<MeterReplacement> swaps) {
        int meterA = meterOf(a, swaps);
        int meterB = meterOf(b, swaps);
        if (meterA == meterB) {
            Step step = step(a.value(), b.value());
            return new ConsumptionInterval(a.ts(), b.ts(), step.quantity, step.outcome);
        }
        // One or more swaps in between: the old register up to its final value, every meter that came and
        // went in between from its first to its last value, and the current register from its first value.
        List<Step> pieces = new ArrayList<>();
        pieces.add(step(a.value(), swaps.get(meterA).oldFinalValue()));
        for (int k = meterA + 1; k < meterB; k++) {
            pieces.add(step(swaps.get(k - 1).newInitialValue(), swaps.get(k).oldFinalValue()));
        }
        pieces.add(step(swaps.get(meterB - 1).newInitialValue(), b.value()));
        double quantity = 0;
        StepOutcome outcome = StepOutcome.REPLACEMENT;
        for (Step piece : pieces) {
            quantity += piece.quantity;
            if (piece.outcome.isAnomaly()) {
                outcome = piece.outcome;
            }
        }
        return new ConsumptionInterval(a.ts(), b.ts(), quantity, outcome);
    }

    /** Index of the register a sample was read from: 0 for the original meter, k after the k-th swap. */
    private static int meterOf(Sample sample, List<MeterReplacement> swaps) {
        int meter = 0;
        for (MeterReplacement swap : swaps) {
            int order = swap.replacedAt().compareTo(sample.ts());
            if (order < 0) {
                meter++;
            } else if (order == 0) {
                double toNew = Math.abs(sample.value() - swap.newInitialValue());
                double toOld = Math.abs(sample.value() - swap.oldFinalValue());
                if (toNew <= toOld) {
                    meter++;
                }
            } else {
                break;
            }
        }
        return meter;
    }

    private record Step(double quantity, StepOutcome outcome) {
    }

    /** One step of one register from v0 to v1. */
    private Step step(double v0, double v1) {
        double forward = v1 - v0;
        if (forward >= -rules.jitter()) {
            double quantity = Math.max(forward, 0);
            return quantity > rules.maxStep() ? new Step(0, StepOutcome.IMPLAUSIBLE_JUMP) : new Step(quantity, StepOutcome.NORMAL);
        }
        double wrapped = rules.rolloverValue() - v0 + v1;
        if (v1 >= 0 && wrapped >= 0 && wrapped <= rules.maxWrapQuantity()) {
            return new Step(wrapped, StepOutcome.ROLLOVER);
        }
        return new Step(0, StepOutcome.BACKWARDS);
    }
}
