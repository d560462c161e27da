package io.wardwatt.optimize.tariff;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.plant.ClockTimeField;
import io.wardwatt.plant.ClockWindow;
import java.util.Arrays;
import java.util.Set;

/**
 * Named time-of-use periods that cover the day 00:00–24:00 exactly once, each {@code {name, from, to, pricePerKwh}};
 * a period may run past midnight (valley 22:00–06:00). Read from a scenario's {@code tariff.periods} and from each
 * season of a tariff file; overlaps and uncovered stretches are refused with their path.
 */
public final class DayPeriods {

    private static final Set<String> PERIOD_KEYS = Set.of("name", "from", "to", "pricePerKwh");

    private final String[] names;
    private final double[] prices;
    /** The period of every minute of the day. */
    private final int[] owner;

    private DayPeriods(String[] names, double[] prices, int[] owner) {
        this.names = names;
        this.prices = prices;
        this.owner = owner;
    }

    /** The periods of the list at {@code path}; null after reporting every problem. */
    public static DayPeriods read(LocatedFields fields, JsonNode array, String path) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            fields.problem(path, "must be a non-empty list of {name, from, to, pricePerKwh}");
            return null;
        }
        int day = ClockWindow.DAY_MINUTES;
        int[] owner = new int[day];
        Arrays.fill(owner, -1);
        String[] names = new String[array.size()];
        double[] prices = new double[array.size()];
        boolean ok = true;
        for (int p = 0; p < array.size(); p++) {
            String where = path + "[" + p + "]";
            JsonNode period = array.get(p);
            if (!period.isObject()) {
                fields.problem(where, "must be an object {name, from, to, pricePerKwh}");
                ok = false;
                continue;
            }
            fields.knownKeys(period, where, PERIOD_KEYS);
            names[p] = fields.text(period, where, "name", null);
            if (names[p] == null) {
                fields.problem(where + ".name", "missing");
                ok = false;
            }
            prices[p] = fields.number(period, where, "pricePerKwh", Double.NaN, 0, 100);
            int from = ClockTimeField.minuteOfDay(fields, period, where, "from");
            int to = ClockTimeField.minuteOfDay(fields, period, where, "to");
            if (Double.isNaN(prices[p]) || from < 0 || to < 0) {
                ok = false;
                continue;
            }
            if (from % day == to % day && !(from == 0 && to == day)) {
                fields.problem(where, "from and to are the same time; a period that lasts the whole day is from 00:00 to 24:00");
                ok = false;
                continue;
            }
            int length = Math.floorMod(to - from, day) == 0 ? day : Math.floorMod(to - from, day);
            int overlapFrom = -1;
            int overlapWith = -1;
            for (int k = 0; k < length; k++) {
                int minute = (from + k) % day;
                if (owner[minute] >= 0 && overlapFrom < 0) {
                    overlapFrom = minute;
                    overlapWith = owner[minute];
                }
                if (owner[minute] < 0) {
                    owner[minute] = p;
                }
            }
            if (overlapFrom >= 0) {
                fields.problem(where, "overlaps " + path + "[" + overlapWith + "] from " + ClockWindow.clock(overlapFrom));
                ok = false;
            }
        }
        for (int minute = 0; minute < day; minute++) {
            if (owner[minute] < 0) {
                int end = minute;
                while (end < day && owner[end] < 0) {
                    end++;
                }
                fields.problem(path, "leave " + ClockWindow.clock(minute) + "-" + ClockWindow.clock(end)
                        + " uncovered; the periods must cover 00:00-24:00");
                ok = false;
                minute = end;
            }
        }
        return ok ? new DayPeriods(names, prices, owner) : null;
    }

    /** The period's name at a minute of the day (0..1,439). */
    public String nameAt(int minuteOfDay) {
        return names[owner[minuteOfDay]];
    }

    /** The period's price at a minute of the day, CNY/kWh. */
    public double priceAt(int minuteOfDay) {
        return prices[owner[minuteOfDay]];
    }
}
