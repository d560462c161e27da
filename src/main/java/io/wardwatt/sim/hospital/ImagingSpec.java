package io.wardwatt.sim.hospital;

/**
 * A high-power imaging device: its power in each state and its working pattern.
 *
 * @param code site device code
 * @param scanKw mean draw while acquiring (gradients and RF for MRI, tube for CT and DSA), kW
 * @param idleKw ready between patients, kW
 * @param ratedStandbyKw the standby draw the standard (manufacturer) gives, kW
 * @param actualStandbyKw what this unit really draws in standby (above rated: something is left on)
 * @param examMinutes one exam slot: acquisition then patient change
 * @param scanShare share of an exam slot spent acquiring
 * @param utilisation share of slots with a patient at the busiest hour
 * @param firstHour start of scheduled exams, local time; {@code lastHour} their end
 * @param emergency a 24/7 emergency unit: ready (idle) at night with occasional scans, never in standby
 */
public record ImagingSpec(String code, String kind, double scanKw, double idleKw, double ratedStandbyKw, double actualStandbyKw,
        int examMinutes, double scanShare, double utilisation, double firstHour, double lastHour, boolean emergency) {
}
