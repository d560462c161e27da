package io.wardwatt.sim.closedloop;

import java.util.Map;

/**
 * What one run of the simulated hospital measured, in the terms of BOPTEST's core indicators where they apply.
 *
 * @param chillerKwh chillers' electricity
 * @param pumpKwh primary, condenser and secondary pumps' electricity
 * @param towerKwh cooling-tower fans' electricity
 * @param gridKwh the site's electricity from the grid (incomers: the whole hospital less PV and battery)
 * @param costCny the grid energy at the tariff's price of its time (energy charge; no demand charge)
 * @param carbonTonnes the grid energy at the grid's carbon intensity
 * @param peakGridKw the highest 15-minute mean grid demand
 * @param coolingKwh cooling delivered
 * @param unmetCoolingKwh cooling asked for and not delivered
 * @param criticalZoneMinutes minutes any critical zone was outside its limit for longer than the zone's grace (supply too warm,
 *     or too few chillers available): the breaches plant control's zone monitor acts on
 * @param limitMinutes every minute a critical zone's limit was broken, the short overshoots within the grace included
 * @param startsPerChiller chiller starts in the run
 * @param simulatedSeconds the measured period
 * @param wallSeconds the run's computing time, warm-up and planning included
 */
public record RunIndicators(String name, double chillerKwh, double pumpKwh, double towerKwh, double gridKwh, double costCny, double carbonTonnes,
        double peakGridKw, double coolingKwh, double unmetCoolingKwh, double criticalZoneMinutes, double limitMinutes, Map<String, Integer> startsPerChiller,
        double simulatedSeconds, double wallSeconds) {

    /** Refrigeration ton, kW thermal. */
    static final double KW_PER_RT = 3.51685;

    public RunIndicators {
        startsPerChiller = Map.copyOf(startsPerChiller);
    }

    /** The chiller plant's electricity: chillers, pumps and towers. */
    public double plantKwh() {
        return chillerKwh + pumpKwh + towerKwh;
    }

    /** The plant's mean efficiency over the run: its electricity over the cooling delivered in refrigeration ton-hours. */
    public double kwPerRt() {
        return coolingKwh > 0 ? plantKwh() / (coolingKwh / KW_PER_RT) : Double.NaN;
    }

    /** BOPTEST's time_rat: computing time over simulated time. */
    public double timeRatio() {
        return simulatedSeconds > 0 ? wallSeconds / simulatedSeconds : Double.NaN;
    }
}
