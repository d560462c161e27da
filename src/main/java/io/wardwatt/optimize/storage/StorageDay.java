package io.wardwatt.optimize.storage;

import io.wardwatt.optimize.Objective;
import java.time.LocalDateTime;

/**
 * What the battery is planned against: per slot, the site's net load before the battery (plant + other − PV, kW;
 * negative when PV exceeds the load), the price and the grid's carbon intensity; the objective's weights and the
 * demand charge. Energy drawn from the grid is paid at the slot's price and counted at its intensity; energy sent
 * to the grid earns nothing (the hospital takes far more than its PV gives). The demand charge adds
 * {@code rate × max(0, the day's highest grid kW − the month's highest so far)}: what today adds to the month's bill.
 *
 * @param start local start of the first slot (its clock places the reserve window and the timetable)
 * @param demandChargeCnyPerKwMonth 0: none
 * @param monthPeakSoFarKw grid demand already reached this month
 */
public record StorageDay(LocalDateTime start, int slotMinutes, double[] netLoadKw, double[] pricePerKwh, double[] carbonKgPerKwh,
        Objective objective, double demandChargeCnyPerKwMonth, double monthPeakSoFarKw) {

    public StorageDay {
        netLoadKw = netLoadKw.clone();
        pricePerKwh = pricePerKwh.clone();
        carbonKgPerKwh = carbonKgPerKwh.clone();
        if (netLoadKw.length == 0 || netLoadKw.length != pricePerKwh.length || netLoadKw.length != carbonKgPerKwh.length) {
            throw new IllegalArgumentException("net load, price and carbon need one value per slot, got " + netLoadKw.length + ", "
                    + pricePerKwh.length + " and " + carbonKgPerKwh.length);
        }
        if (slotMinutes <= 0 || !(demandChargeCnyPerKwMonth >= 0) || !(monthPeakSoFarKw >= 0)) {
            throw new IllegalArgumentException("slot length above 0, demand charge and month's peak ≥ 0");
        }
        for (int s = 0; s < netLoadKw.length; s++) {
            if (!Double.isFinite(netLoadKw[s]) || !(pricePerKwh[s] >= 0) || !(carbonKgPerKwh[s] >= 0)) {
                throw new IllegalArgumentException("slot " + s + ": finite net load, price and carbon ≥ 0");
            }
        }
    }

    public int slots() {
        return netLoadKw.length;
    }

    public double slotHours() {
        return slotMinutes / 60.0;
    }

    /** Objective units per kWh drawn in slot s. */
    public double weightPerKwh(int s) {
        return objective.costWeight() * pricePerKwh[s] + objective.carbonWeight() * carbonKgPerKwh[s];
    }

    /** Local start of boundary t (t = 0 .. slots: the start of slot t, or the end of the last slot). */
    public LocalDateTime boundary(int t) {
        return start.plusMinutes((long) t * slotMinutes);
    }

    /** Minute of the day of boundary t (slot t's start). */
    public double boundaryMinuteOfDay(int t) {
        LocalDateTime at = boundary(t);
        return at.getHour() * 60 + at.getMinute() + at.getSecond() / 60.0;
    }

    /** The same day with another net load (e.g. the plant at its least power). */
    public StorageDay withNetLoad(double[] netLoad) {
        return new StorageDay(start, slotMinutes, netLoad, pricePerKwh, carbonKgPerKwh, objective, demandChargeCnyPerKwMonth, monthPeakSoFarKw);
    }

    /** The grid's draw in slot s with the battery at {@code batteryKw} (+ discharging). */
    public double gridKw(int s, double batteryKw) {
        return netLoadKw[s] - batteryKw;
    }

    /** What the day's demand adds to the month's demand charge, CNY. */
    public double demandChargeCny(double peakGridKw) {
        return demandChargeCnyPerKwMonth * Math.max(0, peakGridKw - monthPeakSoFarKw);
    }

    /** The weighted cost of a battery schedule: grid energy drawn (price and carbon) plus the demand charge. */
    public double objectiveOf(double[] batteryKw) {
        double sum = 0;
        double peak = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < slots(); s++) {
            double grid = gridKw(s, batteryKw[s]);
            sum += weightPerKwh(s) * Math.max(0, grid) * slotHours();
            peak = Math.max(peak, grid);
        }
        return sum + objective.costWeight() * demandChargeCny(peak);
    }
}
