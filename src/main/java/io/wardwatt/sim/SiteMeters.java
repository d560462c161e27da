package io.wardwatt.sim;

import io.wardwatt.sim.energy.Battery;
import io.wardwatt.sim.hospital.ImagingDevice;
import io.wardwatt.sim.metering.MeasurementNoise;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's meters and energy devices with the points of templates {@code wardwatt-mv-meter} (INC1, INC2),
 * {@code wardwatt-pv-inverter}, {@code wardwatt-battery}, {@code wardwatt-gas-meter}, {@code wardwatt-steam-meter},
 * {@code wardwatt-water-meter}, {@code wardwatt-medical-submeter} and {@code wardwatt-weather-station} (WX).
 */
final class SiteMeters {

    /** SunSpec's "SunS" marker and the three-phase inverter model id. */
    static final double SUNSPEC_MARKER = 0x53756e53L;
    static final double SUNSPEC_INVERTER_MODEL = 103;
    static final int PV_SLEEPING = 2;
    static final int PV_MPPT = 4;

    private SiteMeters() {
    }

    static List<SimulatedDevice> of(SimulatedHospital hospital, MeasurementNoise noise) {
        List<SimulatedDevice> devices = new ArrayList<>();
        Incomers incomers = hospital.incomers();
        for (int i = 1; i <= 2; i++) {
            int n = i;
            devices.add(new DeviceView("INC" + n, noise, null)
                    .measured("V_AB", () -> Incomers.LINE_VOLTAGE_KV, 0.02)
                    .measured("V_BC", () -> Incomers.LINE_VOLTAGE_KV, 0.02)
                    .measured("V_CA", () -> Incomers.LINE_VOLTAGE_KV, 0.02)
                    .measured("I_A", () -> incomers.currentA(n), 0.3)
                    .measured("I_B", () -> incomers.currentA(n), 0.3)
                    .measured("I_C", () -> incomers.currentA(n), 0.3)
                    .measured("KW", () -> incomers.kw(n), 2.0)
                    .measured("KVAR", () -> incomers.kvar(n), 1.0)
                    .exact("PF", () -> Incomers.POWER_FACTOR)
                    .measured("FREQ", () -> 50.0, 0.01)
                    .exact("KWH", () -> incomers.kwh(n))
                    .exact("KWH_EXP", () -> 0)
                    .exact("KVARH", () -> incomers.kvarh(n))
                    .exact("KW_DEMAND_MAX", () -> incomers.demandMaxKw(n)));
        }
        devices.add(new DeviceView("PV-INV", noise, null)
                .exact("SUNS", () -> SUNSPEC_MARKER)
                .exact("MODEL", () -> SUNSPEC_INVERTER_MODEL)
                .measured("A", () -> hospital.pv().powerKw() * 1000 / (Math.sqrt(3) * 400), 0.2)
                .measured("V_AN", () -> 230.9, 0.3)
                .measured("KW", () -> hospital.pv().powerKw(), 0.3)
                .measured("HZ", () -> 50.0, 0.01)
                .exact("KWH", () -> hospital.pv().generationKwh())
                .measured("DC_KW", () -> hospital.pv().powerKw() / 0.97, 0.3)
                .measured("TEMP_CAB", () -> hospital.outdoor().dryBulbC() + 3 + 0.02 * hospital.pv().powerKw(), 0.1)
                .exact("STATE", () -> hospital.pv().powerKw() > 0 ? PV_MPPT : PV_SLEEPING)
                .measured("IRRADIANCE", () -> hospital.outdoor().globalHorizontalWm2(), 2.0)
                .exact("CELL_T", () -> hospital.pv().cellC()));
        Battery battery = hospital.battery();
        devices.add(new DeviceView("BESS", noise, battery.commands())
                .exact("RUN", () -> 1)
                .exact("FAULT", () -> 0)
                .exact("SOC", battery::stateOfChargePercent)
                .exact("SOH", () -> 96.5)
                .exact("KW", battery::powerKw)
                .measured("V_DC", () -> 720 + 0.8 * battery.stateOfChargePercent(), 0.3)
                .exact("CHG.KWH", battery::chargedKwh)
                .exact("DIS.KWH", battery::dischargedKwh)
                .exact("MODE", battery::mode)
                .command(Battery.POWER_SETPOINT, battery::setpointKw));
        devices.add(new DeviceView("GAS-MAIN", noise, null)
                .exact("M3", () -> hospital.steam().gasM3())
                .measured("FLOW", () -> hospital.steam().gasM3PerHour(), 0.5)
                .measured("P", () -> hospital.steam().gasPressureKpa(), 0.02)
                .measured("T", () -> hospital.steam().gasTemperatureC(), 0.05)
                .exact("NM3", () -> hospital.steam().gasNormalM3()));
        devices.add(new DeviceView("STEAM-MAIN", noise, null)
                .exact("T", () -> hospital.steam().steamTonnes())
                .measured("FLOW", () -> hospital.steam().steamTonnesPerHour(), 0.01)
                .measured("P", () -> hospital.steam().headerPressureMpa(), 0.002)
                .measured("TEMP", () -> hospital.steam().steamTemperatureC(), 0.2));
        devices.add(new DeviceView("WATER-MAIN", noise, null)
                .exact("M3", () -> hospital.water().volumeM3())
                .measured("FLOW", () -> hospital.water().flowM3PerHour(), 0.3));
        for (ImagingDevice device : hospital.imaging()) {
            devices.add(new DeviceView(device.spec().code(), noise, null)
                    .measured("KW", device::powerKw, 0.1)
                    .exact("KWH", device::energyKwh)
                    .exact("STATE", device::state)
                    .measured("I_MAX", () -> device.powerKw() * 1000 / (Math.sqrt(3) * 400 * 0.9) * 1.15, 0.2));
        }
        devices.add(weatherStation(hospital, noise));
        return devices;
    }

    /**
     * The roof's weather station ({@code wardwatt-weather-station}) observes the weather that drives the cooling
     * load, with a probe's and a pyranometer's small errors; dew point and wet bulb are computed by the station,
     * so they follow the weather exactly. Its sensors never fail here.
     */
    private static DeviceView weatherStation(SimulatedHospital hospital, MeasurementNoise noise) {
        return new DeviceView("WX", noise, null)
                .measured("OAT", () -> hospital.outdoor().dryBulbC(), 0.05)
                .measured("RH", () -> hospital.outdoor().relativeHumidityPercent(), 0.3)
                .exact("DEW", () -> hospital.outdoor().dewPointC())
                .exact("WB", () -> hospital.outdoor().wetBulbC())
                .measured("GHI", () -> hospital.outdoor().globalHorizontalWm2(), 2.0)
                .exact("TRH_FAULT", () -> 0)
                .exact("GHI_FAULT", () -> 0);
    }
}
