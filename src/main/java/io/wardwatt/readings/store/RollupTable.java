package io.wardwatt.readings.store;

/** The value rollups kept per UTC-aligned bucket; the names are the same in both storage modes. */
public enum RollupTable {
    QUARTER_HOUR("readings_15m", "consumption_15m"),
    HOUR("readings_1h", "consumption_1h");

    private final String relation;
    private final String consumptionRelation;

    RollupTable(String relation, String consumptionRelation) {
        this.relation = relation;
        this.consumptionRelation = consumptionRelation;
    }

    String relation() {
        return relation;
    }

    String consumptionRelation() {
        return consumptionRelation;
    }
}
