package io.wardwatt.readings;

import java.util.Objects;

/** The storage mode in force, a line saying why or with what, and whether the store can take readings. */
public record StorageStatus(StorageMode mode, String detail, boolean usable) {

    public StorageStatus {
        Objects.requireNonNull(mode, "mode");
        detail = detail == null ? "" : detail;
    }

    public static StorageStatus ok(StorageMode mode, String detail) {
        return new StorageStatus(mode, detail, true);
    }

    public static StorageStatus broken(StorageMode mode, String why) {
        return new StorageStatus(mode, why, false);
    }
}
