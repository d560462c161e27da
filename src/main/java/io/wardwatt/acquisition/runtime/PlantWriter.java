package io.wardwatt.acquisition.runtime;

import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.ModbusFailure;
import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes one value to one writable point of a polled device and reads it back, on the device's own thread and
 * connection (between two cycles). Off unless {@code wardwatt.acquisition.writes-enabled=true}. Refused before
 * anything is sent: an unknown device or point (404), a point the template does not mark writable or a value
 * outside its min..max or its type (400). Each write is in the audit log with the value before and read back.
 * Plant control (the dispatch of approved plans) builds on this.
 */
@ApplicationScoped
public class PlantWriter {

    private static final Logger LOG = Logger.getLogger(PlantWriter.class);

    @Inject
    AcquisitionConfig config;

    @Inject
    AcquisitionService acquisition;

    @Inject
    AuditTrail audit;

    /**
     * @throws StateConflictException      when writes are off
     * @throws DeviceUnavailableException  when the device did not take the write
     */
    @Transactional
    public PointWrite.Result write(String deviceCode, String pointName, double value) {
        if (!config.writesEnabled()) {
            throw new StateConflictException("Writing to the plant is off (wardwatt.acquisition.writes-enabled=false): nothing was written to "
                    + deviceCode + "." + pointName);
        }
        DeviceRunner runner = acquisition.runner(deviceCode).orElseThrow(() -> new UnknownEntityException("polled device", deviceCode));
        DeviceConfig device = runner.poller().device();
        RegisterPoint point = runner.poller().template().point(pointName).filter(RegisterPoint::enabled)
                .orElseThrow(() -> new UnknownEntityException("point of device " + deviceCode, pointName));
        PointWrite.check(point, value);
        // the running cycle (all its requests may time out) plus the write and its two reads
        Duration wait = device.timeout().multipliedBy(runner.poller().plan().requestCount() + 4L);
        PointWrite.Result result;
        try {
            result = runner.onConnection(client -> PointWrite.perform(client, point, value), wait);
        } catch (ModbusFailure f) {
            throw new DeviceUnavailableException("Device " + deviceCode + " did not take the write of " + pointName + ": " + f.getMessage(), f);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("requested", value);
        after.put("readBack", result.readBack());
        after.put("confirmed", result.confirmed());
        audit.record("write", "plant-point", device.pointCode(point), Map.of("value", result.before()), after);
        if (!result.confirmed()) {
            LOG.warnf("Write to %s not confirmed: %s", device.pointCode(point), result);
        }
        return result;
    }
}
