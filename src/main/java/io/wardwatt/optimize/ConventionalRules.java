package io.wardwatt.optimize;

/**
 * How the plant runs without the optimizer, the baseline every plan is compared with: chillers staged in a fixed
 * order, the next one started when the load passes {@code stageUpFraction} of the running capacity (after the
 * spare rule), the last one stopped when the load would sit below {@code stageDownFraction} of the capacity left
 * without it (hysteresis), the running ones loaded equally, one fixed supply set-point, and secondary pumps staged
 * by count: one more when the running ones pass {@code pumpStageUpSpeed}.
 */
public record ConventionalRules(double stageUpFraction, double stageDownFraction, double fixedSetpointC, double pumpStageUpSpeed) {

    public static final ConventionalRules DEFAULT = new ConventionalRules(0.90, 0.75, 7.0, 0.90);

    public ConventionalRules {
        if (!(stageUpFraction > 0 && stageUpFraction <= 1) || !(stageDownFraction > 0 && stageDownFraction < stageUpFraction)
                || !(pumpStageUpSpeed > 0 && pumpStageUpSpeed <= 1)) {
            throw new IllegalArgumentException("conventional sequencing: 0 < stageDownFraction < stageUpFraction ≤ 1 and"
                    + " 0 < pumpStageUpSpeed ≤ 1 are required, got " + stageDownFraction + ", " + stageUpFraction + ", " + pumpStageUpSpeed);
        }
    }
}
