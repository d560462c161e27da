package io.wardwatt.standby;

/**
 * One device's standby over one period.
 *
 * @param drawKw       mean power over the quarter hours spent wholly in standby, kW (null without any)
 * @param standbyHours hours spent wholly in standby with a power reading
 * @param excess       (draw − standard) / standard, null without standby
 * @param kwhWasted    (draw − standard) × standby hours when the draw is above the standard, else 0
 * @param alert        whether the excess is above the threshold
 * @param note         why no judgement could be made (no readings, too little standby), or null
 */
public record StandbyFinding(String device, String type, double standardKw, Double drawKw, double standbyHours, Double excess,
                             double kwhWasted, boolean alert, String note) {
}
