package io.wardwatt.optimize;

import java.util.List;

/**
 * One secondary chilled-water zone: a share of the plant's cooling load, a group of identical parallel pumps and
 * the physics that turn a load and a supply temperature into the pumps' power.
 */
public interface SecondaryZone {

    String id();

    /** Its pumps' ids; the planner runs any number of them from 0 to all (0 only when the zone has no load). */
    List<String> pumpIds();

    /** Share of the plant load this zone carries, 0..1 (the zones of a plant add up to 1). */
    double loadShare();

    /**
     * The duty of {@code running} pumps carrying {@code zoneLoadKw} of cooling with supply water at
     * {@code supplySetpointC}: a warmer supply narrows the coils' temperature difference, so more water flows.
     */
    SecondaryPumpDuty duty(double zoneLoadKw, double supplySetpointC, int running);
}
