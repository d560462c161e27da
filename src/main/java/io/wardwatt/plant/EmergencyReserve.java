package io.wardwatt.plant;

import java.util.List;

/**
 * What the night emergency loads need the battery to hold: inside {@code window} the battery keeps, at every moment,
 * enough energy to carry {@code loads} for {@code hours} above its own minimum, i.e.
 * {@code Σ kw × hours / dischargeEfficiency}. A hard rule: no plan trades it for money.
 */
public record EmergencyReserve(List<Load> loads, double hours, ClockWindow window) {

    /** One emergency load the battery carries. */
    public record Load(String name, double kw) {

        public Load {
            if (!(kw > 0)) {
                throw new IllegalArgumentException("emergency load " + name + " must be above 0 kW");
            }
        }
    }

    public EmergencyReserve {
        loads = List.copyOf(loads);
        if (loads.isEmpty() || !(hours > 0)) {
            throw new IllegalArgumentException("a reserve needs at least one load and a duration above 0 h");
        }
    }

    public double loadKw() {
        return loads.stream().mapToDouble(Load::kw).sum();
    }

    /** The energy it must hold above the battery's minimum, kWh (what leaves the cells to deliver the loads). */
    public double energyKwh(BatteryDefinition battery) {
        return loadKw() * hours / battery.dischargeEfficiency();
    }
}
