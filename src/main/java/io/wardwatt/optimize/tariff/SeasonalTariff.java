package io.wardwatt.optimize.tariff;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A tariff whose time-of-use periods change with the season ({@code chiller-models/tariffs/*.yaml}, read by
 * {@link SeasonalTariffReader}): every month belongs to exactly one season, every season's periods cover the day.
 *
 * @param source the published notice it is copied from
 * @param demandChargeCnyPerKwMonth the charge on the month's highest grid demand, CNY per kW and month (0: none)
 */
public record SeasonalTariff(String name, String source, List<Season> seasons, double demandChargeCnyPerKwMonth) {

    /** One season: its months (1..12) and its periods. */
    public record Season(String name, List<Integer> months, DayPeriods periods) {

        public Season {
            months = List.copyOf(months);
        }
    }

    public SeasonalTariff {
        seasons = List.copyOf(seasons);
        for (int month = 1; month <= 12; month++) {
            int m = month;
            if (seasons.stream().filter(s -> s.months().contains(m)).count() != 1) {
                throw new IllegalArgumentException("month " + month + " must be in exactly one season");
            }
        }
    }

    public Season seasonOf(int month) {
        return seasons.stream().filter(s -> s.months().contains(month)).findFirst().orElseThrow();
    }

    /**
     * The period and price of each slot, from the slot's own date and start time: a plan that runs past midnight
     * into another month takes the next day's season. A slot is priced at the period in force at its start.
     */
    public SlotPrices slots(LocalDateTime start, int slotMinutes, int slots) {
        String[] names = new String[slots];
        double[] prices = new double[slots];
        for (int i = 0; i < slots; i++) {
            LocalDateTime at = start.plusMinutes((long) i * slotMinutes);
            DayPeriods periods = seasonOf(at.getMonthValue()).periods();
            int minute = at.getHour() * 60 + at.getMinute();
            names[i] = periods.nameAt(minute);
            prices[i] = periods.priceAt(minute);
        }
        return new SlotPrices(names, prices);
    }
}
