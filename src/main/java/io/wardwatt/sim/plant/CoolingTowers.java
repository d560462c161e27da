package io.wardwatt.sim.plant;

/**
 * The cooling tower cells, one per running chiller. Condenser water leaves the tower (and enters the chillers)
 * at the outdoor wet bulb plus the approach; the approach grows with the heat each cell rejects (4 K at
 * design, 30 % of that at no load). The fans (variable speed) slow down as the load falls and when the water
 * would get colder than the chillers' 18 °C minimum entering condenser temperature, which they then hold.
 */
public final class CoolingTowers {

    static final double DESIGN_APPROACH_K = 4.0;
    static final double MIN_ENTERING_CONDENSER_C = 18.0;
    static final double MIN_FAN_SPEED = 0.3;

    private final double cellDesignRejectionKw;
    private final double cellFanDesignKw;
    private double fanKw;
    private double rejectedKw;

    public CoolingTowers(double cellDesignRejectionKw, double cellFanDesignKw) {
        this.cellDesignRejectionKw = cellDesignRejectionKw;
        this.cellFanDesignKw = cellFanDesignKw;
    }

    /** Condenser water temperature leaving the towers for this heat and wet bulb. */
    public double leavingWaterC(double wetBulbC, double rejectedKw, int cells) {
        double fraction = cells == 0 ? 0 : Math.min(1.2, rejectedKw / (cells * cellDesignRejectionKw));
        return Math.max(MIN_ENTERING_CONDENSER_C, wetBulbC + DESIGN_APPROACH_K * (0.3 + 0.7 * fraction));
    }

    /** Sets the fans for this step: speed follows the load, at the minimum when the water is held at 18 °C. */
    void run(double wetBulbC, double rejectedKw, int cells) {
        this.rejectedKw = rejectedKw;
        double fraction = cells == 0 ? 0 : Math.min(1, rejectedKw / (cells * cellDesignRejectionKw));
        boolean holdingMinimum = wetBulbC + DESIGN_APPROACH_K * (0.3 + 0.7 * fraction) < MIN_ENTERING_CONDENSER_C;
        double speed = cells == 0 ? 0 : holdingMinimum ? MIN_FAN_SPEED : Math.max(MIN_FAN_SPEED, fraction);
        fanKw = cells * cellFanDesignKw * speed * speed * speed;
    }

    public double fanKw() {
        return fanKw;
    }

    /** Make-up water: evaporation (latent heat 2,430 kJ/kg) plus blowdown at 5 cycles of concentration, m³/h. */
    public double makeUpWaterM3PerHour() {
        return rejectedKw / 2430.0 * 3.6 * 1.25;
    }
}
