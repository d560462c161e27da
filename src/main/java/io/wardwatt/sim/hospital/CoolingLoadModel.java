package io.wardwatt.sim.hospital;

import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.Psychrometrics;
import io.wardwatt.sim.weather.Weather;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The hospital's cooling load, by cause (a lumped version of the ASHRAE heat-balance split):
 * <ul>
 *   <li>envelope: U·A times the outdoor-indoor difference three hours earlier (the walls' and roofs' thermal
 *       lag), plus the sol-air excess of sunlit opaque surfaces ({@code 0.7·GHI/17 W/m²K});</li>
 *   <li>solar through glazing: GHI one hour earlier (furniture and floors store it first) times the solar
 *       aperture;</li>
 *   <li>internal: lighting and equipment (day/night diversity), people at 130 W each (75 sensible, 55 latent):
 *       inpatients, staff by shift, outpatients and companions from {@link OutpatientVisits};</li>
 *   <li>outdoor air: mass flow times the enthalpy drop from outdoor air to the coil leaving state (sensible
 *       and latent together); the clinic systems run 07:00-18:00;</li>
 *   <li>critical process cooling, 24/7.</li>
 * </ul>
 * Perimeter zones and outdoor air need heating in winter (steam, not on the chilled-water side), so their
 * share never goes below zero; interior zones and critical areas need cooling all year. Fan heat and
 * distribution gains add 4 %.
 */
public final class CoolingLoadModel {

    private static final double KW_PER_PERSON = 0.130;
    private static final double DISTRIBUTION_GAIN = 1.04;
    private static final Duration ENVELOPE_LAG = Duration.ofHours(3);
    private static final Duration SOLAR_LAG = Duration.ofHours(1);

    private final BuildingParameters building;
    private final Weather weather;
    private final OutpatientVisits visits;
    private final ZoneId zone;

    public CoolingLoadModel(BuildingParameters building, Weather weather, OutpatientVisits visits, ZoneId zone) {
        this.building = building;
        this.weather = weather;
        this.visits = visits;
        this.zone = zone;
    }

    public BuildingLoad at(Instant instant) {
        return at(instant, weather.at(instant), weather.at(instant.minus(ENVELOPE_LAG)), weather.at(instant.minus(SOLAR_LAG)));
    }

    /** The load from given outdoor conditions: now, three hours ago (envelope) and one hour ago (solar). */
    public BuildingLoad at(Instant instant, OutdoorConditions now, OutdoorConditions threeHoursAgo, OutdoorConditions oneHourAgo) {
        double hour = instant.atZone(zone).toLocalTime().toSecondOfDay() / 3600.0;
        double day = daytime(hour);
        double envelope = building.envelopeUaKwPerK() * (threeHoursAgo.dryBulbC() - building.indoorC())
                + building.opaqueSunlitUaKwPerK() * 0.7 * threeHoursAgo.globalHorizontalWm2() / 17.0;
        double solar = building.solarApertureM2() * oneHourAgo.globalHorizontalWm2() / 1000.0;
        double lighting = building.floorAreaM2() * building.lightingWm2() * (0.35 + 0.40 * day) / 1000.0;
        double equipment = building.floorAreaM2() * building.equipmentWm2() * (0.45 + 0.25 * day) / 1000.0;
        double staff = building.nightStaff() + (building.dayStaff() - building.nightStaff()) * day;
        double people = building.inpatients() + staff + visits.peopleOnSite(instant);
        double internal = lighting + equipment + people * KW_PER_PERSON;
        double outdoorAirFlow = building.continuousOutdoorAirKgS() + (clinicSystemsOn(hour) ? building.clinicOutdoorAirKgS() : 0);
        double outdoorAir = outdoorAirFlow * Math.max(0, now.enthalpyKjPerKg() - building.coilLeavingEnthalpyKjPerKg());
        double perimeter = Math.max(0, envelope + solar + (1 - building.interiorShare()) * internal);
        double cooling = (perimeter + building.interiorShare() * internal + outdoorAir + building.criticalCoolingKw()) * DISTRIBUTION_GAIN;
        double fans = building.fanKwContinuous() + (clinicSystemsOn(hour) ? building.fanKwClinic() : 0);
        double lifts = 100 + 150 * day;
        return new BuildingLoad(envelope, solar, internal, outdoorAir, building.criticalCoolingKw(), cooling,
                lighting + equipment + fans + lifts, people);
    }

    /** Indoor air enthalpy at the set-point, kJ/kg (for reference in tests and documentation). */
    public double indoorEnthalpyKjPerKg() {
        double w = Psychrometrics.humidityRatioAt(building.indoorC(), building.indoorRelativeHumidityPercent(), Psychrometrics.STANDARD_PRESSURE_PA);
        return Psychrometrics.enthalpyKjPerKg(building.indoorC(), w);
    }

    private static boolean clinicSystemsOn(double hour) {
        return hour >= 7.0 && hour < 18.0;
    }

    /** 0 at night, 1 in the day, with one-hour ramps around 07:00 and 18:00 (shift changes, lights). */
    static double daytime(double hour) {
        if (hour < 6.5 || hour >= 19.5) {
            return 0;
        }
        if (hour < 7.5) {
            return hour - 6.5;
        }
        if (hour >= 18.5) {
            return 19.5 - hour;
        }
        return 1;
    }
}
