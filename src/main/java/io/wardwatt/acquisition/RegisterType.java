package io.wardwatt.acquisition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a value is laid out in 16-bit registers: its width in words and the raw range it can carry. A bool is
 * one bit of the bit tables, or one bit of a register (then {@code bit} says which).
 */
public enum RegisterType {
    BOOL(1, 0, 1, false),
    INT16(1, Short.MIN_VALUE, Short.MAX_VALUE, false),
    UINT16(1, 0, 0xFFFF, false),
    INT32(2, Integer.MIN_VALUE, Integer.MAX_VALUE, false),
    UINT32(2, 0, 0xFFFF_FFFFL, false),
    INT64(4, Long.MIN_VALUE, Long.MAX_VALUE, false),
    FLOAT32(2, 0, 0, true),
    FLOAT64(4, 0, 0, true);

    private final int words;
    private final long minRaw;
    private final long maxRaw;
    private final boolean floating;

    RegisterType(int words, long minRaw, long maxRaw, boolean floating) {
        this.words = words;
        this.minRaw = minRaw;
        this.maxRaw = maxRaw;
        this.floating = floating;
    }

    /** Registers the value occupies (a bool in a register occupies its one register). */
    public int words() {
        return words;
    }

    /** The smallest raw integer; meaningless for floating types. */
    public long minRaw() {
        return minRaw;
    }

    /** The largest raw integer; meaningless for floating types. */
    public long maxRaw() {
        return maxRaw;
    }

    public boolean isFloating() {
        return floating;
    }

    /** The name in templates, lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RegisterType> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label().equals(wanted)).findFirst();
    }

    /** The accepted names, for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(RegisterType::label).collect(Collectors.joining(", "));
    }
}
