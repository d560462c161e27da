package io.wardwatt.control.runtime;

import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.runtime.DeviceUnavailableException;
import io.wardwatt.acquisition.runtime.PlantWriter;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.PlantPort;
import io.wardwatt.control.PlantUnreachableException;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Dispatch's way to the plant in the service: acquisition's {@link PlantWriter}, which writes on the device's own
 * poller thread and connection and puts every write with its read-back in the audit log.
 */
@ApplicationScoped
public class PlantWriterPort implements PlantPort {

    @Inject
    PlantWriter writer;

    @Override
    public WriteResult write(CommandedPoint point, double value) throws PlantUnreachableException {
        try {
            PointWrite.Result result = writer.write(point.device(), point.point(), value);
            return new WriteResult(value, result.readBack(), result.confirmed());
        } catch (UnknownEntityException | StateConflictException e) {
            // not polled, no such point, or writes switched off: nothing was sent, the command cannot be carried out
            throw new InvalidInputException(point.toString(), e.getMessage());
        } catch (DeviceUnavailableException | IllegalStateException e) {
            throw new PlantUnreachableException(point + " not written: " + e.getMessage(), e);
        }
    }
}
