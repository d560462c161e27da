package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;

/**
 * The scenario's {@code tariff}: a price per slot, or named time-of-use periods covering the whole day exactly
 * once, matched on each slot's local start time.
 */
final class TariffSection {

    private static final int DAY_MINUTES = 1440;
    private static final Set<String> TARIFF_KEYS = Set.of("pricePerKwh", "periods");
    private static final Set<String> PERIOD_KEYS = Set.of("name", "from", "to", "pricePerKwh");

    /** Per slot: the period's name (null when prices are given per slot) and its price, CNY/kWh. */
    record SlotTariff(String[] periods, double[] prices) {
    }

    private final LocatedFields document;

    TariffSection(LocatedFields document) {
        this.document = document;
    }

    /** Null when something is wrong (the problems say what). */
    SlotTariff read(JsonNode tariff, LocalDateTime start, int slotMinutes, int slots) {
        String[] names = new String[slots];
        if (tariff == null) {
            Arrays.fill(names, "flat");
            double[] prices = new double[slots];
            Arrays.fill(prices, 1.0);
            return new SlotTariff(names, prices);
        }
        document.knownKeys(tariff, "tariff", TARIFF_KEYS);
        boolean perSlot = LocatedFields.present(tariff.get("pricePerKwh"));
        boolean periods = LocatedFields.present(tariff.get("periods"));
        if (perSlot == periods) {
            document.problem("tariff", "give either pricePerKwh (per slot) or periods, not " + (perSlot ? "both" : "neither"));
            return null;
        }
        if (perSlot) {
            double[] prices = PerSlotValues.read(document, tariff, "tariff", "pricePerKwh", slots, 1.0, 0, 100);
            return prices == null ? null : new SlotTariff(names, prices);
        }
        return periods(tariff.get("periods"), start, slotMinutes, slots);
    }

    private SlotTariff periods(JsonNode array, LocalDateTime start, int slotMinutes, int slots) {
        if (!array.isArray() || array.isEmpty()) {
            document.problem("tariff.periods", "must be a non-empty list of {name, from, to, pricePerKwh}");
            return null;
        }
        int[] owner = new int[DAY_MINUTES];
        Arrays.fill(owner, -1);
        String[] names = new String[array.size()];
        double[] prices = new double[array.size()];
        boolean ok = true;
        for (int p = 0; p < array.size(); p++) {
            String path = "tariff.periods[" + p + "]";
            JsonNode period = array.get(p);
            if (!period.isObject()) {
                document.problem(path, "must be an object {name, from, to, pricePerKwh}");
                ok = false;
                continue;
            }
            document.knownKeys(period, path, PERIOD_KEYS);
            names[p] = document.text(period, path, "name", null);
            if (names[p] == null) {
                document.problem(path + ".name", "missing");
                ok = false;
            }
            prices[p] = document.number(period, path, "pricePerKwh", Double.NaN, 0, 100);
            int from = minuteOfDay(period, path, "from");
            int to = minuteOfDay(period, path, "to");
            if (Double.isNaN(prices[p]) || from < 0 || to < 0) {
                ok = false;
                continue;
            }
            if (from == to % DAY_MINUTES) {
                document.problem(path, "from and to are the same time; a period that lasts the whole day is from 00:00 to 24:00");
                ok = false;
                continue;
            }
            // a period may run past midnight (valley 23:00-07:00)
            int length = Math.floorMod(to - from, DAY_MINUTES) == 0 ? DAY_MINUTES : Math.floorMod(to - from, DAY_MINUTES);
            int overlapFrom = -1;
            int overlapWith = -1;
            for (int k = 0; k < length; k++) {
                int minute = (from + k) % DAY_MINUTES;
                if (owner[minute] >= 0 && overlapFrom < 0) {
                    overlapFrom = minute;
                    overlapWith = owner[minute];
                }
                if (owner[minute] < 0) {
                    owner[minute] = p;
                }
            }
            if (overlapFrom >= 0) {
                document.problem(path, "overlaps tariff.periods[" + overlapWith + "] from " + clock(overlapFrom));
                ok = false;
            }
        }
        for (int minute = 0; minute < DAY_MINUTES; minute++) {
            if (owner[minute] < 0) {
                int end = minute;
                while (end < DAY_MINUTES && owner[end] < 0) {
                    end++;
                }
                document.problem("tariff.periods", "leave " + clock(minute) + "-" + clock(end) + " uncovered; the periods must cover 00:00-24:00");
                ok = false;
                minute = end;
            }
        }
        if (!ok) {
            return null;
        }
        int first = start == null ? 0 : start.toLocalTime().toSecondOfDay() / 60;
        String[] slotNames = new String[slots];
        double[] slotPrices = new double[slots];
        for (int i = 0; i < slots; i++) {
            int p = owner[(first + i * slotMinutes) % DAY_MINUTES];
            slotNames[i] = names[p];
            slotPrices[i] = prices[p];
        }
        return new SlotTariff(slotNames, slotPrices);
    }

    /** HH:MM as minutes since midnight (24:00 allowed), or -1 with a problem. */
    private int minuteOfDay(JsonNode period, String path, String key) {
        String text = document.text(period, path, key, null);
        if (text == null) {
            document.problem(path + "." + key, "missing: a time HH:MM");
            return -1;
        }
        if (text.equals("24:00")) {
            return DAY_MINUTES;
        }
        try {
            return LocalTime.parse(text).toSecondOfDay() / 60;
        } catch (java.time.format.DateTimeParseException e) {
            document.problem(path + "." + key, "not a time HH:MM: '" + text + "'");
            return -1;
        }
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
