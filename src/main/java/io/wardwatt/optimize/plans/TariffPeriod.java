package io.wardwatt.optimize.plans;

/** A time-of-use period of the day: from and to are local times {@code HH:mm}, to may be {@code 24:00}. */
public record TariffPeriod(String name, String from, String to, double pricePerKwh) {
}
