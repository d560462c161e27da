package io.wardwatt.demo.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.access.Role;
import io.wardwatt.access.UserAccount;
import io.wardwatt.access.runtime.UserAccounts;
import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DeviceStatus;
import io.wardwatt.acquisition.runtime.AcquisitionService;
import io.wardwatt.control.runtime.ControlConfig;
import io.wardwatt.control.runtime.PlantControl;
import io.wardwatt.demo.SimulatedPlantOnly;
import io.wardwatt.demo.SimulatedPlantOnly.ModbusAddress;
import io.wardwatt.optimize.runtime.OptimizeConfig;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Refuses to start the demo when its plant control could reach anything but the simulated hospital: with
 * {@code wardwatt.demo.enabled} and control on, every device control would write to must be polled at the address the
 * in-process simulator serves it on, on loopback. Runs after the simulator and the poller have started and before plant
 * control does, so a configured real plant is never written, not even once. Also checks the demo engineer and, with
 * control on, that plans are approved for dispatch (else the demo would approve a plan nothing follows).
 */
@ApplicationScoped
public class DemoStartupCheck {

    private static final Logger LOG = Logger.getLogger(DemoStartupCheck.class);

    @Inject
    DemoConfig config;

    @Inject
    ControlConfig control;

    @Inject
    OptimizeConfig optimize;

    @Inject
    PlantControl plantControl;

    @Inject
    AcquisitionService acquisition;

    @Inject
    SimulatorService simulator;

    @Inject
    UserAccounts users;

    // after the simulator (10), the demo users (default priority) and acquisition (APPLICATION + 900); before control (+ 950)
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 940) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        UserAccount engineer = users.find(config.engineer()).orElseThrow(() -> new IllegalStateException("wardwatt.demo.engineer: no user '"
                + config.engineer() + "' in the users table; the demo's plans are approved in an engineer's name"));
        if (!engineer.roles().contains(Role.ENGINEER) && !engineer.roles().contains(Role.ADMIN)) {
            throw new IllegalStateException("wardwatt.demo.engineer: user '" + config.engineer() + "' has roles " + engineer.roles()
                    + ", and only an engineer or admin may approve a plan");
        }
        if (!control.enabled()) {
            LOG.infof("Demo: plant control is off; the day's plan is approved in %s mode and nothing is written", optimize.lifecycle().mode());
            return;
        }
        if (!"dispatch".equals(optimize.lifecycle().mode())) {
            throw new IllegalStateException("wardwatt.demo.enabled with wardwatt.control.enabled=true approves the day's plan for the plant to "
                    + "follow: set wardwatt.optimize.lifecycle.mode=dispatch (it is '" + optimize.lifecycle().mode() + "')");
        }
        Set<String> commanded = plantControl.devicesToCommand();
        Map<String, ModbusAddress> simulated = new LinkedHashMap<>();
        simulator.running().map(ModbusHospital::servedDevices).orElse(Map.of())
                .forEach((code, device) -> simulated.put(code, address(device)));
        Map<String, ModbusAddress> polled = new LinkedHashMap<>();
        for (DeviceStatus status : acquisition.statuses()) {
            acquisition.runner(status.code()).ifPresent(runner -> polled.put(status.code(), address(runner.poller().device())));
        }
        List<String> problems = SimulatedPlantOnly.problems(commanded, polled, simulated);
        if (simulated.isEmpty() && commanded.stream().anyMatch(polled::containsKey)) {
            problems = List.of("the simulated hospital is not running (wardwatt.sim.enabled=false?), and control would write to polled devices "
                    + commanded.stream().filter(polled::containsKey).toList());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The demo runs plant control against the simulated hospital only, and would write elsewhere: "
                    + String.join("; ", problems) + ". Use the simulator's devices file (wardwatt.acquisition.devices-file = wardwatt.sim.devices-file), "
                    + "or switch control off (WARDWATT_CONTROL_ENABLED=false), or leave the demo (wardwatt.demo.enabled=false).");
        }
        LOG.infof("Demo: plant control writes to the simulated hospital only (%d devices checked against the simulator's addresses)",
                commanded.stream().filter(polled::containsKey).count());
    }

    private static ModbusAddress address(DeviceConfig device) {
        return new ModbusAddress(device.host(), device.port(), device.unitId());
    }
}
