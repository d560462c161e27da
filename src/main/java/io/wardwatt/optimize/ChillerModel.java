package io.wardwatt.optimize;

/**
 * A chiller as the day planner sees it: a power model for any slot's water temperatures. The DOE-2 EIR model
 * depends on the chilled-water supply set-point and the condenser-entering temperature; the literature's PLR
 * cubic does not.
 */
public interface ChillerModel {

    String id();

    /** The chiller at these temperatures, °C: its capacity, minimum part load and power curve for one slot. */
    ChillerPowerModel at(double supplySetpointC, double condenserEnteringC);

    /** Whether {@link #at} depends on the supply set-point (a cubic does not; the planner then skips set-points). */
    boolean dependsOnTemperatures();
}
