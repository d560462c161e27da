package io.wardwatt.sim.hospital;

/**
 * The thermal and electrical description of the hospital the load model uses. {@link #DEMO_HOSPITAL} is the
 * 196,000 m² demo site; its numbers are sized so that the hottest Shanghai afternoons ask 15-17 MW of cooling,
 * which five of the six 3,500 kW chillers carry (N+1).
 *
 * @param floorAreaM2 conditioned floor area
 * @param indoorC indoor set-point in the cooling season
 * @param indoorRelativeHumidityPercent indoor humidity target
 * @param envelopeUaKwPerK conduction through walls, roofs and glazing (U·A)
 * @param opaqueSunlitUaKwPerK the U·A of sunlit opaque surfaces whose sol-air excess is added
 * @param solarApertureM2 glazing area times solar heat gain coefficient times the mean incidence factor: GHI
 *     times this is the solar gain
 * @param continuousOutdoorAirKgS outdoor air of the 24/7 systems (wards, ICU, theatres, laboratories)
 * @param clinicOutdoorAirKgS outdoor air of the outpatient and medical-technology systems, 07:00-18:00
 * @param coilLeavingEnthalpyKjPerKg the state outdoor air is cooled to (about 14.5 °C saturated)
 * @param lightingWm2 installed lighting power density
 * @param equipmentWm2 plug and process equipment power density (not the medical imaging sample)
 * @param inpatients occupied beds
 * @param dayStaff staff on the day shift; {@code nightStaff} at night
 * @param criticalCoolingKw 24/7 process cooling: theatres, ICU, imaging equipment, data rooms, laboratories
 * @param interiorShare share of internal gains in interior zones, which need cooling in every season
 * @param fanKwContinuous air-handling fans of the 24/7 systems; {@code fanKwClinic} of the clinic systems
 */
public record BuildingParameters(double floorAreaM2, double indoorC, double indoorRelativeHumidityPercent, double envelopeUaKwPerK,
        double opaqueSunlitUaKwPerK, double solarApertureM2, double continuousOutdoorAirKgS, double clinicOutdoorAirKgS,
        double coilLeavingEnthalpyKjPerKg, double lightingWm2, double equipmentWm2, int inpatients, int dayStaff, int nightStaff,
        double criticalCoolingKw, double interiorShare, double fanKwContinuous, double fanKwClinic) {

    public static final BuildingParameters DEMO_HOSPITAL = new BuildingParameters(196_000, 25.0, 55.0, 120.0, 32.0, 2_800.0,
            80.0, 55.0, 41.0, 8.0, 10.0, 1_100, 3_000, 800, 900.0, 0.45, 650.0, 450.0);
}
