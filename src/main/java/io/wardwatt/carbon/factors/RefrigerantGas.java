package io.wardwatt.carbon.factors;

import java.util.List;
import java.util.Locale;

/**
 * A gas with a GWP in a factor set.
 *
 * @param name             the set's name for it ({@code R-134a})
 * @param aliases          other names it is known by ({@code HFC-134a})
 * @param montrealProtocol an ozone-depleting HCFC: a GHG Protocol memo item, outside the scope totals
 */
public record RefrigerantGas(String name, List<String> aliases, boolean montrealProtocol) {

    public RefrigerantGas {
        aliases = List.copyOf(aliases);
    }

    /** How names are compared: case, hyphens, spaces and brackets ignored, so R134a, r-134a and R-134A match. */
    public static String normalized(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[-\\s()]", "");
    }
}
