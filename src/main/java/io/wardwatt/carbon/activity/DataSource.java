package io.wardwatt.carbon.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an activity's quantity comes from; the ledger shows the share of estimated data. */
public enum DataSource {
    /** From meter readings (rollups). */
    METERED,
    /** Entered by a person from a bill, delivery note or log, with evidence. */
    MANUAL,
    /** Estimated (a meter gap filled, a quantity apportioned). */
    ESTIMATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DataSource> of(String code) {
        return Arrays.stream(values()).filter(source -> source.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    @Override
    public String toString() {
        return code();
    }
}
