package io.wardwatt.sim;

import io.wardwatt.sim.metering.MeasurementNoise;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The devices of the simulated hospital by site device code, each with the point names of its Wardwatt
 * reference template (engineering units as the templates give them). The register maps are in the README
 * ("The simulated hospital"); a point a template has and the simulation does not is left at 0.
 */
public final class HospitalDevices {

    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();

    public HospitalDevices(SimulatedHospital hospital) {
        MeasurementNoise noise = new MeasurementNoise(hospital.settings().seed());
        PlantDevices.of(hospital, noise).forEach(d -> devices.put(d.code(), d));
        SiteMeters.of(hospital, noise).forEach(d -> devices.put(d.code(), d));
    }

    public Optional<SimulatedDevice> device(String code) {
        return Optional.ofNullable(devices.get(code));
    }

    /** Every device, in plant-then-site order. */
    public Map<String, SimulatedDevice> all() {
        return java.util.Collections.unmodifiableMap(devices);
    }
}
