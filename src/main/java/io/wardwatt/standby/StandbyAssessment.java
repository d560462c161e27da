package io.wardwatt.standby;

import io.wardwatt.readings.query.ValueBucket;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges a device's standby draw over a period from its 15-minute power and state rollups. A quarter hour counts as
 * standby only when every state reading in it was 1 (min = max = 1): quarters in which the device changed state would
 * mix scan or ready power into the standby figure. The draw is the mean of those quarters' mean power.
 *
 * @param threshold       the share above the standard that raises an alert (0.15: 15 %)
 * @param minStandbyHours the standby needed before a judgement is made (a few minutes say nothing)
 */
public record StandbyAssessment(double threshold, double minStandbyHours) {

    public static final int STANDBY_STATE = 1;
    private static final double QUARTER_HOURS = 0.25;

    public StandbyAssessment {
        if (!(threshold > 0) || threshold > 10) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 10, got " + threshold);
        }
        if (!(minStandbyHours >= 0.25)) {
            throw new IllegalArgumentException("minStandbyHours must be at least 0.25 (one quarter hour), got " + minStandbyHours);
        }
    }

    public StandbyFinding assess(WatchedDevice device, List<ValueBucket> state, List<ValueBucket> power) {
        Map<Instant, ValueBucket> powerByStart = new HashMap<>();
        power.forEach(p -> powerByStart.put(p.start(), p));
        double sum = 0;
        int quarters = 0;
        for (ValueBucket s : state) {
            ValueBucket p = powerByStart.get(s.start());
            if (s.count() > 0 && s.min() == STANDBY_STATE && s.max() == STANDBY_STATE && p != null && p.count() > 0) {
                sum += p.avg();
                quarters++;
            }
        }
        double standard = device.standbyKw();
        double hours = quarters * QUARTER_HOURS;
        String type = device.standard().type();
        if (quarters == 0) {
            String why = state.isEmpty() ? "no state readings in the period" : power.isEmpty() ? "no power readings in the period"
                    : "no quarter hour wholly in standby";
            return new StandbyFinding(device.device(), type, standard, null, 0, null, 0, false, why);
        }
        double draw = sum / quarters;
        double excess = (draw - standard) / standard;
        double wasted = draw > standard ? (draw - standard) * hours : 0;
        if (hours < minStandbyHours) {
            return new StandbyFinding(device.device(), type, standard, draw, hours, excess, wasted, false,
                    String.format(Locale.ROOT, "only %.2f h in standby, fewer than the %.2f h needed to judge", hours, minStandbyHours));
        }
        return new StandbyFinding(device.device(), type, standard, draw, hours, excess, wasted, excess > threshold, null);
    }

    /** The alert's text, e.g. "MRI2 drew 17.5 kW in standby (standard 14.0 kW, +25 %) for 9.5 h: 33.3 kWh wasted". */
    public static String describe(StandbyFinding f) {
        return String.format(Locale.ROOT, "%s drew %.2f kW in standby (standard %.2f kW, %+.0f %%) for %.2f h: %.1f kWh wasted",
                f.device(), f.drawKw(), f.standardKw(), f.excess() * 100, f.standbyHours(), f.kwhWasted());
    }
}
