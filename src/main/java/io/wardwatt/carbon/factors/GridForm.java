package io.wardwatt.carbon.factors;

import java.util.Arrays;
import java.util.Optional;

/** The forms (口径) in which MEE and NBS publish grid electricity factors. */
public enum GridForm {

    /** CO2 over all generation: the location-based and the compliance factor. */
    AVERAGE("average"),
    /** Market-traded non-fossil power (green-power trades) taken out: the market-based residual. */
    EXCLUDING_MARKET_NON_FOSSIL("excluding_market_non_fossil"),
    /** CO2 over fossil generation only: published, not used by the ledger. */
    FOSSIL_ONLY("fossil_only");

    private final String code;

    GridForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<GridForm> of(String code) {
        return Arrays.stream(values()).filter(form -> form.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
