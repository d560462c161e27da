package io.wardwatt.acquisition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The four Modbus data tables. Coils and discrete inputs are single bits; holding and input registers are
 * 16-bit words. Only coils and holding registers can be written: the protocol has no write function for the
 * other two, so a template that marks them writable is wrong.
 */
public enum RegisterFunction {
    COIL("coil", true, true),
    DISCRETE_INPUT("discrete-input", true, false),
    HOLDING("holding", false, true),
    INPUT("input", false, false);

    private final String label;
    private final boolean bits;
    private final boolean writable;

    RegisterFunction(String label, boolean bits, boolean writable) {
        this.label = label;
        this.bits = bits;
        this.writable = writable;
    }

    /** The name in templates: {@code coil}, {@code discrete-input}, {@code holding}, {@code input}. */
    public String label() {
        return label;
    }

    /** True for the bit tables (coils, discrete inputs): one address is one bit. */
    public boolean isBits() {
        return bits;
    }

    /** True when the protocol has a write function for this table. */
    public boolean isWritable() {
        return writable;
    }

    public static Optional<RegisterFunction> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    /** The accepted names, for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(RegisterFunction::label).collect(Collectors.joining(", "));
    }
}
