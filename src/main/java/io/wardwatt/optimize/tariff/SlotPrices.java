package io.wardwatt.optimize.tariff;

/** Per slot of a plan: the time-of-use period's name and its price, CNY/kWh. */
public record SlotPrices(String[] periods, double[] prices) {

    public SlotPrices {
        if (periods.length != prices.length) {
            throw new IllegalArgumentException("periods and prices differ in length");
        }
    }
}
