package io.wardwatt.plant;

/** Properties of chilled and condenser water used in plant hydraulics (the simulator uses the same figures). */
public final class Water {

    public static final double DENSITY_KG_M3 = 998.0;
    public static final double GRAVITY_M_S2 = 9.81;
    public static final double SPECIFIC_HEAT_KJ_KGK = 4.186;
    /** ρ·cp: heat carried by one cubic metre per kelvin, kJ/(m³·K). */
    public static final double VOLUMETRIC_HEAT_KJ_M3K = DENSITY_KG_M3 * SPECIFIC_HEAT_KJ_KGK;
    /** ρ·g: one metre of water column in kPa (pump data sheets give head in metres). */
    public static final double KPA_PER_METRE = DENSITY_KG_M3 * GRAVITY_M_S2 / 1000.0;

    private Water() {
    }
}
