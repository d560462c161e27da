package io.wardwatt.sim.runtime;

import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.DeviceList.ConfiguredDevice;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.plant.ChillerCurveSetReader;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.SimClock;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.EpwWeather;
import io.wardwatt.sim.weather.SyntheticClimate;
import io.wardwatt.sim.weather.Weather;
import java.time.Clock;
import java.util.List;

/**
 * Builds the simulated hospital on Modbus from options: chiller models, weather, devices file resolved against
 * the template catalog. Every file problem surfaces here as an {@link io.wardwatt.input.InvalidInputException}
 * naming the file and line, before any port is opened.
 */
public final class SimulatorSetup {

    /** Outpatient visits on a Wednesday in the demo hospital. */
    static final double MIDWEEK_VISITS = 8_000;

    private SimulatorSetup() {
    }

    /** The simulation and its servers, not yet started. */
    public static ModbusHospital build(SimulatorOptions options, Clock clock) {
        List<ChillerCurveSet> chillers = ChillerCurveSetReader.readDirectory(options.chillerModels());
        Weather weather = options.weatherFile() != null ? EpwWeather.read(options.weatherFile())
                : new SyntheticClimate(ClimateNormals.SHANGHAI, options.seed());
        List<ConfiguredDevice> devices = DeviceList.readFile(options.devicesFile()).resolve(TemplateCatalog.load(options.templateDirs()));
        SimClock simClock = new SimClock(clock, options.start(), options.speed());
        HospitalSettings settings = new HospitalSettings(chillers, weather, options.seed(), options.commandHold(), MIDWEEK_VISITS,
                HospitalSettings.SHANGHAI);
        ModbusHospital hospital = new ModbusHospital(new SimulatedHospital(settings, simClock.now()), simClock, devices);
        if (options.counterFile() != null) {
            hospital.rememberCounters(options.counterFile());
        }
        return hospital;
    }
}
