package io.wardwatt.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which energy flow an energy counter measures, so each flow is counted once. Only {@link #CONSUMPTION} adds up to a
 * site's or a space's consumption (its sub-meters through their parent meter link, see {@code Point#parentMeter});
 * generation, export and storage are reported as flows of their own. A counter with a carrier and no flow declared is
 * a consumption meter. The flow comes from the register map (a template's {@code flow}) where it says, else from the site
 * data, never from the point's code.
 */
public enum EnergyFlow {
    /** Energy taken: a grid import register, a building's or a device's consumption meter, a sub-meter. */
    CONSUMPTION,
    /** Energy produced on site: PV, a generator's output. */
    GENERATION,
    /** Energy sent back to the grid (an export register). */
    EXPORT,
    /** Energy into storage (a battery's charge register). */
    STORAGE_CHARGE,
    /** Energy out of storage (a battery's discharge register). */
    STORAGE_DISCHARGE,
    /**
     * A register restating what other registers of the same meter count (import + export total, gas volume at standard
     * conditions beside the metered one): listed, never added.
     */
    DUPLICATE;

    /** As written in files and the API: {@code storage-charge}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts {@code storage-charge}, {@code storage_charge}, {@code STORAGE_CHARGE}. */
    public static Optional<EnergyFlow> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(t)).findFirst();
    }
}
