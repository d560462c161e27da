package io.wardwatt.sim.closedloop;

import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.control.GuardVerdict;
import io.wardwatt.control.WritablePointGuard;
import io.wardwatt.control.WriteGuard;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writable-point guard of the simulated hospital's devices, from the devices file and the shipped templates as the
 * service polls them: only points a template marks writable, within their range.
 */
public final class SimulatedDevices {

    private SimulatedDevices() {
    }

    /** @throws io.wardwatt.input.InvalidInputException when the devices file or a template cannot be read */
    public static WriteGuard writableGuard(Path devicesFile) {
        Map<String, DeviceTemplate> templates = new HashMap<>();
        for (DeviceList.ConfiguredDevice device : DeviceList.readFile(devicesFile).resolve(TemplateCatalog.load(List.of()))) {
            templates.put(device.config().code(), device.template());
        }
        WritablePointGuard guard = new WritablePointGuard(templates);
        return write -> templates.containsKey(write.point().device()) ? guard.check(write)
                : GuardVerdict.refuse("device " + write.point().device() + " is not in " + devicesFile + ": nothing can be written to it");
    }
}
