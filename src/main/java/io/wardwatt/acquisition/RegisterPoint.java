package io.wardwatt.acquisition;

import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.PointKind;
import java.time.Duration;
import java.util.Objects;

/**
 * One value of a device's register map: where it is (function, 0-based address, for a bool in a register
 * the bit), how it is laid out (type, word and byte order), and what it means (engineering value =
 * raw * scale + offset, unit, kind, carrier). The rules that involve several fields are checked by
 * {@link TemplateRules} when a {@link DeviceTemplate} is made.
 *
 * @param name        the point code suffix: the site point is {@code <DEVICE>.<name>}
 * @param rollover    engineering value at which a counter wraps; null for a value
 * @param carrier     the energy carrier the point counts towards, or null
 * @param bit         for a bool in a holding or input register: which bit (0 = least significant); else null
 * @param mustChange  true when a value that stops changing for {@code staleAfter} is stale (counters of running
 *                    equipment, analogue temperatures); false for set-points and states that legitimately hold
 * @param mustChangeWhile the name of a bool point of the same template (e.g. RUN): the value must change only
 *                    while that point reads 1 (a stopped chiller's kWh counter rightly holds); null: always
 * @param staleAfter  how long a value may stay frozen before it is stale when {@code mustChange}; null: the
 *                    poller's default
 * @param min         for a writable point: the lowest engineering value a write may set, or null
 * @param max         for a writable point: the highest engineering value a write may set, or null
 * @param enabled     false when a device's overrides switch the point off (it is then not read)
 * @param flow        for an energy counter, the flow its register measures as the register map states it (an export
 *                    register, a battery's charge register); null: consumption
 */
public record RegisterPoint(String name, String description, RegisterFunction function, int address, RegisterType type,
                            double scale, double offset, String unit, PointKind kind, Double rollover,
                            EnergyCarrier carrier, boolean writable, Integer bit, WordOrder wordOrder, ByteOrder byteOrder,
                            boolean mustChange, String mustChangeWhile, Duration staleAfter, Double min, Double max, boolean enabled,
                            EnergyFlow flow) {

    /** A point whose register map states no flow. */
    public RegisterPoint(String name, String description, RegisterFunction function, int address, RegisterType type,
                         double scale, double offset, String unit, PointKind kind, Double rollover,
                         EnergyCarrier carrier, boolean writable, Integer bit, WordOrder wordOrder, ByteOrder byteOrder,
                         boolean mustChange, String mustChangeWhile, Duration staleAfter, Double min, Double max, boolean enabled) {
        this(name, description, function, address, type, scale, offset, unit, kind, rollover, carrier, writable, bit, wordOrder, byteOrder,
                mustChange, mustChangeWhile, staleAfter, min, max, enabled, null);
    }

    public RegisterPoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wordOrder, "wordOrder");
        Objects.requireNonNull(byteOrder, "byteOrder");
        description = description == null ? "" : description;
    }

    /** Addresses the point occupies in its table: 1 for a bit or a bool in a register, else its type's words. */
    public int width() {
        return function.isBits() || type == RegisterType.BOOL ? 1 : type.words();
    }

    /** The last address the point occupies; must not pass 65535. */
    public int lastAddress() {
        return address + width() - 1;
    }

    public boolean isCounter() {
        return kind == PointKind.COUNTER;
    }

    /** The same point at another address (device overrides). */
    public RegisterPoint withAddress(int newAddress) {
        return new RegisterPoint(name, description, function, newAddress, type, scale, offset, unit, kind, rollover, carrier, writable,
                bit, wordOrder, byteOrder, mustChange, mustChangeWhile, staleAfter, min, max, enabled, flow);
    }

    /** The same point with another meaning of its raw value (device overrides). */
    public RegisterPoint withScaling(double newScale, double newOffset, String newUnit) {
        return new RegisterPoint(name, description, function, address, type, newScale, newOffset, newUnit, kind, rollover, carrier,
                writable, bit, wordOrder, byteOrder, mustChange, mustChangeWhile, staleAfter, min, max, enabled, flow);
    }

    /** The same point with another layout (device overrides). */
    public RegisterPoint withOrder(WordOrder newWordOrder, ByteOrder newByteOrder) {
        return new RegisterPoint(name, description, function, address, type, scale, offset, unit, kind, rollover, carrier, writable,
                bit, newWordOrder, newByteOrder, mustChange, mustChangeWhile, staleAfter, min, max, enabled, flow);
    }

    /** The same point with other stale rules or switched on or off (device overrides). */
    public RegisterPoint withWatch(boolean newMustChange, Duration newStaleAfter, boolean newEnabled) {
        return new RegisterPoint(name, description, function, address, type, scale, offset, unit, kind, rollover, carrier, writable,
                bit, wordOrder, byteOrder, newMustChange, mustChangeWhile, newStaleAfter, min, max, newEnabled, flow);
    }

    /** How the point is shown in messages: {@code CHWST (input 100 float32)}. */
    public String label() {
        return name + " (" + function.label() + " " + address + (bit == null ? "" : "." + bit) + " " + type.label() + ")";
    }
}
