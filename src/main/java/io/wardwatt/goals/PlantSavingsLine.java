package io.wardwatt.goals;

import java.util.Locale;

/**
 * The plant optimisation's measured savings of one month, for the leadership page: saved energy, cost and carbon,
 * days covered of the month's elapsed days, and the year to date at the month's end against the yearly target.
 *
 * @param yearCoveredDays days covered in the whole year so far; 0 means no approved plan was measured yet
 */
public record PlantSavingsLine(double savedKwh, double savedCny, double savedTco2, int daysCovered, int daysElapsed, double yearToDateKwh,
        double targetKwh, int yearCoveredDays) {

    /** The sentence of the page, Chinese then English. */
    public String text() {
        if (yearCoveredDays == 0) {
            return "冷站优化：尚无经计量的已批准计划  Plant optimisation: no approved plan measured yet (target "
                    + mwh(targetKwh) + " MWh a year)";
        }
        return String.format(Locale.ROOT, "冷站优化本月节电 %s MWh  Plant optimisation saved %s MWh (%,.0f CNY, %.2f tCO2) this month, "
                + "%d of %d days covered; year to date %s of %s MWh", mwh(savedKwh), mwh(savedKwh), savedCny, savedTco2, daysCovered, daysElapsed,
                mwh(yearToDateKwh), mwh(targetKwh));
    }

    private static String mwh(double kwh) {
        double mwh = kwh / 1000;
        return mwh == Math.rint(mwh) && Math.abs(mwh) >= 10 ? String.format(Locale.ROOT, "%.0f", mwh) : String.format(Locale.ROOT, "%.1f", mwh);
    }
}
