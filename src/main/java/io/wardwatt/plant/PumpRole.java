package io.wardwatt.plant;

/** Where a pump sits in the plant. */
public enum PumpRole {
    /** Primary chilled water: constant speed, runs with its chiller through the evaporator. */
    PRIMARY("primary"),
    /** Condenser water: constant speed, runs with its chiller through the condenser and the towers. */
    CONDENSER("condenser"),
    /** Secondary chilled water: variable speed, one of a zone's parallel pumps. */
    SECONDARY("secondary");

    private final String fileName;

    PumpRole(String fileName) {
        this.fileName = fileName;
    }

    /** The role as a plant file spells it. */
    public String fileName() {
        return fileName;
    }
}
