package io.wardwatt.sim.hospital;

/**
 * The hospital's cooling demand at one instant, by cause, kW thermal, and the electricity the building draws
 * outside the chiller plant and the imaging sample, kW.
 */
public record BuildingLoad(double envelopeKw, double solarKw, double internalKw, double outdoorAirKw, double criticalKw,
        double coolingKw, double buildingElectricKw, double peopleOnSite) {
}
