package io.wardwatt.control;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusFailure;
import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.input.InvalidInputException;
import java.util.Map;

/**
 * Writes through acquisition's {@link PointWrite} on open connections, one per device, from the thread that ticks
 * dispatch. For the command line and tests; the service's port goes through PlantWriter instead, which writes on
 * the poller's own connection and audits.
 */
public final class ModbusPlantPort implements PlantPort {

    /** A device's template and its open connection. */
    public record Connection(DeviceTemplate template, ModbusClient client) {
    }

    private final Map<String, Connection> connections;

    public ModbusPlantPort(Map<String, Connection> connections) {
        this.connections = Map.copyOf(connections);
    }

    @Override
    public WriteResult write(CommandedPoint target, double value) throws PlantUnreachableException {
        Connection connection = connections.get(target.device());
        if (connection == null) {
            throw new InvalidInputException(target.toString(), "no connection to device " + target.device() + ": nothing was written");
        }
        RegisterPoint point = connection.template().point(target.point()).filter(RegisterPoint::enabled)
                .orElseThrow(() -> new InvalidInputException(target.toString(), "template " + connection.template().id() + " has no point "
                        + target.point()));
        try {
            PointWrite.Result result = PointWrite.perform(connection.client(), point, value);
            return new WriteResult(value, result.readBack(), result.confirmed());
        } catch (ModbusFailure f) {
            throw new PlantUnreachableException(target + " not written: " + f.getMessage(), f);
        }
    }
}
