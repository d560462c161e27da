package io.wardwatt.optimize.plans;

import io.wardwatt.forecast.calendar.DayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's electricity other than the chiller plant, from the site's meters in 15-minute consumption (the meters'
 * finest rollup). What the hospital uses besides the plant is what it imports, less the plant's sub-meter, plus what
 * its own PV and battery supplied, less what the battery took:
 * {@code other = import − plant + PV + battery discharge − battery charge}. The plan adds the plant, PV and battery
 * back in its own way, so this is the part it takes as given. Days sort into working and non-working by the calendar
 * the load forecast uses: a hospital's outpatient half follows it.
 */
public final class OtherElectricity {

    /** Minutes of one rollup bucket. */
    public static final int QUARTER_MINUTES = 15;

    private OtherElectricity() {
    }

    /**
     * Per quarter hour: the sum of {@code added} less the sum of {@code subtracted}, kWh; NaN in a quarter that any
     * of the series lacks (a partial sum would pass a missing meter off as zero use).
     */
    public static double[] balanceKwh(List<double[]> added, List<double[]> subtracted, int quarters) {
        double[] balance = new double[quarters];
        for (double[] series : added) {
            add(balance, series, 1);
        }
        for (double[] series : subtracted) {
            add(balance, series, -1);
        }
        return balance;
    }

    private static void add(double[] balance, double[] series, int sign) {
        if (series.length != balance.length) {
            throw new IllegalArgumentException("a day of " + balance.length + " quarter hours cannot take a series of " + series.length);
        }
        for (int q = 0; q < balance.length; q++) {
            balance[q] += sign * series[q];
        }
    }

    /** Whether every quarter hour has a figure. */
    public static boolean complete(double[] quarterKwh) {
        for (double kwh : quarterKwh) {
            if (!Double.isFinite(kwh)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per slot: the mean over the days of the slot's energy, as kW.
     *
     * @param days complete days, each {@code slots × slotMinutes / 15} quarter hours of kWh
     */
    public static List<Double> meanKw(List<double[]> days, int slotMinutes) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a mean needs at least one day");
        }
        if (slotMinutes % QUARTER_MINUTES != 0) {
            throw new IllegalArgumentException("slots of " + slotMinutes + " minutes are not whole quarter hours");
        }
        int perSlot = slotMinutes / QUARTER_MINUTES;
        int quarters = days.get(0).length;
        if (quarters % perSlot != 0) {
            throw new IllegalArgumentException(quarters + " quarter hours are not whole slots of " + slotMinutes + " minutes");
        }
        List<Double> kw = new ArrayList<>(quarters / perSlot);
        for (int slot = 0; slot < quarters / perSlot; slot++) {
            double kwh = 0;
            for (double[] day : days) {
                if (day.length != quarters || !complete(day)) {
                    throw new IllegalArgumentException("every day must be complete and " + quarters + " quarter hours long");
                }
                for (int q = slot * perSlot; q < (slot + 1) * perSlot; q++) {
                    kwh += day[q];
                }
            }
            kw.add(kwh / days.size() / (slotMinutes / 60.0));
        }
        return kw;
    }

    /**
     * The highest quarter hour of the import meters together, as kW (the demand a 15-minute demand meter records); NaN
     * when no quarter has a figure from every one of them.
     */
    public static double peakKw(List<double[]> importKwh) {
        if (importKwh.isEmpty()) {
            return Double.NaN;
        }
        double[] total = balanceKwh(importKwh, List.of(), importKwh.get(0).length);
        double peak = Double.NaN;
        for (double kwh : total) {
            double kw = kwh * 60 / QUARTER_MINUTES;
            if (Double.isFinite(kw) && (Double.isNaN(peak) || kw > peak)) {
                peak = kw;
            }
        }
        return peak;
    }

    /** The days of the same kind (working or not) as {@code day} among the {@code searchDays} before it, latest first. */
    public static List<LocalDate> sameDayTypeBefore(LocalDate day, DayCalendar calendar, int searchDays) {
        boolean working = calendar.dayType(day).isWorking();
        List<LocalDate> days = new ArrayList<>();
        for (int back = 1; back <= searchDays; back++) {
            LocalDate candidate = day.minusDays(back);
            if (calendar.dayType(candidate).isWorking() == working) {
                days.add(candidate);
            }
        }
        return days;
    }
}
