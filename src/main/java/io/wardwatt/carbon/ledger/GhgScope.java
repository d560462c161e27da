package io.wardwatt.carbon.ledger;

/** Where an entry counts in the GHG Protocol view. */
public enum GhgScope {
    /** Direct: fuel burnt on site, refrigerant leaked. */
    SCOPE_1,
    /** Indirect from bought energy: grid electricity, purchased heat. */
    SCOPE_2,
    /** Reported beside the scopes, not in their totals: Montreal Protocol gases, PV generation and export. */
    MEMO,
    /** No emission of its own: on-site PV used on site. */
    NONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
