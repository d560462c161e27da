package io.wardwatt.optimize;

import java.util.List;

/**
 * One slot of the site: the plant's power from the day plan, the rest of the site, PV, the battery and the grid.
 * {@code gridKw = plantKw + otherKw − pvKw − batteryKw}.
 *
 * @param batteryKw at its terminals: + discharging, − charging
 * @param stateOfChargeKwh energy stored at the end of the slot
 * @param reserveKwh the emergency reserve it must hold above its minimum at the end of the slot (0 outside the window)
 * @param gridKw drawn from the grid (negative: sent to it, which earns nothing)
 * @param costCny the grid energy drawn at the slot's price (the demand charge is the day's, in the totals)
 * @param carbonKg the grid energy drawn at the slot's carbon intensity
 * @param binding battery rules that held it in this slot: {@code battery reserve}, {@code battery full}, {@code battery empty}
 */
public record SiteSlot(int index, double plantKw, double otherKw, double pvKw, double batteryKw, double stateOfChargeKwh, double reserveKwh,
        double gridKw, double costCny, double carbonKg, List<String> binding) {

    public SiteSlot {
        binding = List.copyOf(binding);
    }
}
