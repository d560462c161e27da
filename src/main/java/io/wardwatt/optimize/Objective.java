package io.wardwatt.optimize;

/**
 * How energy cost and carbon weigh against each other: objective = costWeight × CNY + carbonWeight × kg CO2
 * (+ start costs). With costWeight 1 and carbonWeight 0.06 a tonne of CO2 counts as 60 CNY.
 */
public record Objective(double costWeight, double carbonWeight) {

    public Objective {
        if (!(costWeight >= 0) || !(carbonWeight >= 0) || costWeight + carbonWeight <= 0) {
            throw new IllegalArgumentException("objective weights must be ≥ 0 and not both 0, got cost " + costWeight + ", carbon " + carbonWeight);
        }
    }
}
