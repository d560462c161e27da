package io.wardwatt.acquisition;

import java.time.Duration;
import java.util.Objects;

/** Where a device answers and how long one request may take. */
public record ModbusEndpoint(String host, int port, int unitId, Duration timeout) {

    public ModbusEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
    }

    public static ModbusEndpoint of(DeviceConfig device) {
        return new ModbusEndpoint(device.host(), device.port(), device.unitId(), device.timeout());
    }

    @Override
    public String toString() {
        return host + ":" + port + " unit " + unitId;
    }
}
