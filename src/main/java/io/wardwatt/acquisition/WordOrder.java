package io.wardwatt.acquisition;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of the 16-bit words of a multi-word value. Modbus itself says nothing about it: many devices send
 * the high word first ({@code big}, "ABCD"), many others the low word first ({@code little}, "CDAB").
 * For 4-word values {@code little} reverses all four words.
 */
public enum WordOrder {
    BIG, LITTLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WordOrder> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (WordOrder order : values()) {
            if (order.label().equals(wanted)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
