package io.wardwatt.carbon.activity;

import io.wardwatt.input.InvalidInputException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an activity is of: a {@link CarrierKind}, and for a refrigerant the gas as written
 * ({@code refrigerant:R134a}); the factor set resolves the gas's name.
 */
public record Carrier(CarrierKind kind, String gas) {

    private static final String REFRIGERANT_PREFIX = CarrierKind.REFRIGERANT.code() + ":";

    public Carrier {
        Objects.requireNonNull(kind, "kind");
        if ((kind == CarrierKind.REFRIGERANT) != (gas != null && !gas.isBlank())) {
            throw new IllegalArgumentException(kind == CarrierKind.REFRIGERANT ? "a refrigerant needs its gas" : kind + " has no gas");
        }
    }

    public static Carrier of(CarrierKind kind) {
        return new Carrier(kind, null);
    }

    /**
     * The carrier a file names: a kind's code, or {@code refrigerant:<gas>}.
     *
     * @throws InvalidInputException at {@code where}, listing the carriers, when it names none
     */
    public static Carrier parse(String text, String where) {
        String code = text.trim();
        if (code.startsWith(REFRIGERANT_PREFIX)) {
            String gas = code.substring(REFRIGERANT_PREFIX.length()).trim();
            if (gas.isEmpty()) {
                throw new InvalidInputException(where, "'" + code + "' names no gas: write refrigerant:<gas>, e.g. refrigerant:R-134a");
            }
            return new Carrier(CarrierKind.REFRIGERANT, gas);
        }
        return CarrierKind.of(code).filter(kind -> kind != CarrierKind.REFRIGERANT).map(Carrier::of)
                .orElseThrow(() -> new InvalidInputException(where, "unknown carrier '" + code + "': one of "
                        + Arrays.stream(CarrierKind.values()).map(kind -> kind == CarrierKind.REFRIGERANT ? "refrigerant:<gas>" : kind.code())
                                .collect(Collectors.joining(", "))));
    }

    /** As files write it. */
    public String code() {
        return gas == null ? kind.code() : REFRIGERANT_PREFIX + gas;
    }

    @Override
    public String toString() {
        return code();
    }
}
