package io.wardwatt.acquisition;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of the two bytes inside each register. The protocol sends the high byte first ({@code big});
 * a few gateways swap them ({@code little}), which with the word order gives BADC and DCBA layouts.
 */
public enum ByteOrder {
    BIG, LITTLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ByteOrder> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ByteOrder order : values()) {
            if (order.label().equals(wanted)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
