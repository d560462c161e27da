package io.wardwatt.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The demo's promise that plant control writes to the simulated hospital and to nothing else: every device control
 * would write to and the poller reaches must be reached at exactly the address the in-process simulator serves it on
 * (host, port, unit id), and that address must be this machine's loopback. A device the poller does not reach is no
 * risk: control refuses to command it. Anything else -- a device on another host, on a port the simulator does not
 * serve, or a simulator that is off -- is a problem, and the demo does not run control.
 */
public final class SimulatedPlantOnly {

    private SimulatedPlantOnly() {
    }

    /** Where a Modbus device is reached. */
    public record ModbusAddress(String host, int port, int unitId) {

        @Override
        public String toString() {
            return host + ":" + port + " unit " + unitId;
        }
    }

    /**
     * @param commanded the devices control would write to, by code
     * @param polled where the poller reaches each device it polls, by code
     * @param simulated where the in-process simulator serves each device, by code; empty when it is off
     * @return each device that breaks the promise, with why, in the order of {@code commanded}; empty when none does
     */
    public static List<String> problems(Collection<String> commanded, Map<String, ModbusAddress> polled, Map<String, ModbusAddress> simulated) {
        List<String> problems = new ArrayList<>();
        for (String device : commanded) {
            ModbusAddress reached = polled.get(device);
            if (reached == null) {
                continue;
            }
            ModbusAddress served = simulated.get(device);
            if (served == null) {
                problems.add(device + " is polled at " + reached + " but the simulated hospital does not serve it");
            } else if (!served.equals(reached)) {
                problems.add(device + " is polled at " + reached + " but the simulated hospital serves it at " + served);
            } else if (!loopback(reached.host())) {
                problems.add(device + " is polled at " + reached + ", which is not this machine's loopback");
            }
        }
        return problems;
    }

    /** A literal loopback address or a name that resolves to loopback only (localhost). */
    static boolean loopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
