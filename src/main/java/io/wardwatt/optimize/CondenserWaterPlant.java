package io.wardwatt.optimize;

import io.wardwatt.plant.CoolingTowerCells;
import java.util.List;

/**
 * The condenser-water side of a day problem whose towers are planned: the tower cells, and per chiller (problem
 * order) the water its constant-speed condenser pump sends through them and the coldest water it accepts; the
 * set-point conventional control holds.
 *
 * @param condenserFlowM3s per chiller, its condenser pump's duty flow, m³/s
 * @param minEnteringC per chiller, its lowest condenser-entering water, °C
 * @param conventionalSetpointC the fixed condenser-water set-point of the baseline, °C
 */
public record CondenserWaterPlant(CoolingTowerCells towers, List<Double> condenserFlowM3s, List<Double> minEnteringC,
        double conventionalSetpointC) {

    public CondenserWaterPlant {
        condenserFlowM3s = List.copyOf(condenserFlowM3s);
        minEnteringC = List.copyOf(minEnteringC);
        if (condenserFlowM3s.size() != minEnteringC.size()) {
            throw new IllegalArgumentException("one condenser flow and one minimum entering temperature per chiller");
        }
    }

    /** Condenser water of the running set (bit i = chiller i), m³/s. */
    public double flowM3s(int mask) {
        double flow = 0;
        for (int i = 0; i < condenserFlowM3s.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                flow += condenserFlowM3s.get(i);
            }
        }
        return flow;
    }

    /** The running chiller with the highest minimum condenser-entering temperature (the first such), or -1 for none. */
    public int strictestChiller(int mask) {
        int strictest = -1;
        for (int i = 0; i < minEnteringC.size(); i++) {
            if ((mask & (1 << i)) != 0 && (strictest < 0 || minEnteringC.get(i) > minEnteringC.get(strictest))) {
                strictest = i;
            }
        }
        return strictest;
    }
}
