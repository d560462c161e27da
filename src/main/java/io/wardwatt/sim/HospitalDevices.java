package io.wardwatt.sim;

import io.wardwatt.sim.hospital.ImagingDevice;
import io.wardwatt.sim.metering.MeasurementNoise;
import io.wardwatt.sim.plant.ChillerPlant;
import io.wardwatt.sim.plant.PlantPump;
import io.wardwatt.sim.plant.SimulatedChiller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The devices of the simulated hospital by site device code, each with the points the Wardwatt reference
 * templates name (units: kW, kWh, °C, %, m³/h, t/h, MPa, A, h). The register map of each device type is in the
 * README ("The simulated hospital").
 */
public final class HospitalDevices {

    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();

    public HospitalDevices(SimulatedHospital hospital) {
        MeasurementNoise noise = new MeasurementNoise(hospital.settings().seed());
        ChillerPlant plant = hospital.plant();
        plant.chillers().forEach(chiller -> add(chiller(chiller, hospital, noise)));
        plant.primaryPumps().forEach(pump -> add(pump(pump, hospital, noise)));
        plant.condenserPumps().forEach(pump -> add(pump(pump, hospital, noise)));
        plant.zones().forEach(zone -> zone.pumps().forEach(pump -> add(pump(pump, hospital, noise))));
        Incomers incomers = hospital.incomers();
        for (int i = 1; i <= 2; i++) {
            int incomer = i;
            add(new DeviceView("INC" + i, noise, null)
                    .measured("KW", () -> incomers.kw(incomer), 2.0)
                    .measured("KVAR", () -> incomers.kvar(incomer), 1.0)
                    .exact("PF", () -> Incomers.POWER_FACTOR)
                    .measured("I", () -> incomers.currentA(incomer), 0.2)
                    .measured("V", () -> Incomers.LINE_VOLTAGE_V, 15.0)
                    .measured("HZ", () -> 50.0, 0.01)
                    .exact("KWH", () -> incomers.kwh(incomer)));
        }
        add(new DeviceView("PV-INV", noise, null)
                .measured("KW", () -> hospital.pv().powerKw(), 0.5)
                .exact("KWH", () -> hospital.pv().generationKwh())
                .measured("IRRADIANCE", () -> hospital.outdoor().globalHorizontalWm2(), 2.0)
                .measured("CELL_T", () -> hospital.pv().cellC(), 0.1));
        add(new DeviceView("BESS", noise, null)
                .exact("KW", () -> hospital.battery().powerKw())
                .exact("SOC", () -> hospital.battery().stateOfChargePercent())
                .exact("CHG_KWH", () -> hospital.battery().chargedKwh())
                .exact("DIS_KWH", () -> hospital.battery().dischargedKwh()));
        add(new DeviceView("GAS-MAIN", noise, null)
                .exact("M3", () -> hospital.steam().gasM3())
                .measured("FLOW", () -> hospital.steam().gasM3PerHour(), 0.5));
        add(new DeviceView("STEAM-MAIN", noise, null)
                .exact("T", () -> hospital.steam().steamTonnes())
                .measured("FLOW", () -> hospital.steam().steamTonnesPerHour(), 0.01)
                .measured("P", () -> hospital.steam().headerPressureMpa(), 0.002));
        add(new DeviceView("CHP-SUB", noise, null)
                .measured("KW", plant::electricKw, 1.0)
                .exact("KWH", () -> plant.chillers().stream().mapToDouble(SimulatedChiller::electricityKwh).sum()
                        + plant.allPumps().stream().mapToDouble(PlantPump::electricityKwh).sum()));
        add(new DeviceView("CHW-BTU", noise, null)
                .measured("KW", plant::deliveredKw, 5.0)
                .exact("KWH", () -> plant.chillers().stream().mapToDouble(SimulatedChiller::coolingKwh).sum())
                .measured("SUPPLY_T", plant::supplyC, 0.05)
                .measured("RETURN_T", plant::returnC, 0.05)
                .measured("FLOW", () -> plant.primaryFlowM3s() * 3600, 2.0));
        for (ImagingDevice device : hospital.imaging()) {
            add(new DeviceView(device.spec().code(), noise, null)
                    .measured("KW", device::powerKw, 0.1)
                    .exact("KWH", device::energyKwh)
                    .exact("STATE", device::state));
        }
        add(new DeviceView("WEATHER", noise, null)
                .measured("OAT", () -> hospital.outdoor().dryBulbC(), 0.05)
                .measured("OAH", () -> hospital.outdoor().relativeHumidityPercent(), 0.3)
                .exact("WB", () -> hospital.outdoor().wetBulbC())
                .measured("GHI", () -> hospital.outdoor().globalHorizontalWm2(), 2.0));
    }

    public Optional<SimulatedDevice> device(String code) {
        return Optional.ofNullable(devices.get(code));
    }

    public Map<String, SimulatedDevice> all() {
        return Map.copyOf(devices);
    }

    private void add(SimulatedDevice device) {
        devices.put(device.code(), device);
    }

    private static DeviceView chiller(SimulatedChiller chiller, SimulatedHospital hospital, MeasurementNoise noise) {
        return new DeviceView(chiller.code(), noise, chiller.commands())
                .exact("RUN", () -> chiller.running() ? 1 : 0)
                .command(SimulatedChiller.ENABLE, () -> chiller.enabled(hospital.now()) ? 1 : 0)
                .command(SimulatedChiller.SETPOINT, () -> chiller.setpointC(hospital.now()))
                .exact("REMOTE", () -> chiller.commands().active(hospital.now()) ? 1 : 0)
                .measured("LOAD_PCT", () -> 100 * chiller.point().partLoadRatio(), 0.2)
                .measured("KW", () -> chiller.point().electricPowerKw(), 1.0)
                .measured("COOLING_KW", () -> chiller.point().loadKw(), 5.0)
                .measured("CHWST", chiller::supplyC, 0.05)
                .measured("CHWRT", chiller::returnC, 0.05)
                .measured("CDWST", chiller::condenserEnteringC, 0.05)
                .measured("CDWRT", chiller::condenserLeavingC, 0.05)
                .measured("CHW_FLOW", () -> chiller.evaporatorFlowM3s() * 3600, 1.0)
                .exact("KWH", chiller::electricityKwh)
                .exact("COOLING_KWH", chiller::coolingKwh)
                .exact("RUN_H", chiller::runHours)
                .exact("STARTS", chiller::starts);
    }

    private static DeviceView pump(PlantPump pump, SimulatedHospital hospital, MeasurementNoise noise) {
        return new DeviceView(pump.code(), noise, pump.commands())
                .exact("RUN", () -> pump.running() ? 1 : 0)
                .command(PlantPump.ENABLE, () -> pump.enabled(hospital.now()) ? 1 : 0)
                .command(PlantPump.SPEED_SETPOINT, () -> pump.running() ? 100 * pump.point().speedFraction() : 0)
                .exact("REMOTE", () -> pump.commands().active(hospital.now()) ? 1 : 0)
                .measured("SPEED_PCT", () -> 100 * pump.point().speedFraction(), 0.1)
                .measured("KW", () -> pump.point().powerKw(), 0.2)
                .measured("FLOW", () -> pump.point().flowM3s() * 3600, 1.0)
                .measured("HEAD_KPA", () -> pump.point().headKpa(), 0.5)
                .exact("KWH", pump::electricityKwh)
                .exact("RUN_H", pump::runHours)
                .exact("STARTS", pump::starts);
    }
}
