package io.wardwatt.control;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.input.InvalidInputException;
import java.util.Map;
import java.util.Optional;

/**
 * Only points the device template marks writable, within their min..max: acquisition's {@link PointWrite#check}
 * decides, so dispatch and a hand-made write refuse alike. Applies at every priority.
 */
public final class WritablePointGuard implements WriteGuard {

    private final Map<String, DeviceTemplate> templateOfDevice;

    /** @param templateOfDevice the template of each commandable device, by device code */
    public WritablePointGuard(Map<String, DeviceTemplate> templateOfDevice) {
        this.templateOfDevice = Map.copyOf(templateOfDevice);
    }

    @Override
    public GuardVerdict check(ProposedWrite write) {
        CommandedPoint target = write.point();
        DeviceTemplate template = templateOfDevice.get(target.device());
        if (template == null) {
            return GuardVerdict.refuse("no device " + target.device() + " to write to");
        }
        Optional<RegisterPoint> point = template.point(target.point()).filter(RegisterPoint::enabled);
        if (point.isEmpty()) {
            return GuardVerdict.refuse("device " + target.device() + " (template " + template.id() + ") has no point " + target.point());
        }
        try {
            PointWrite.check(point.get(), write.value());
        } catch (InvalidInputException e) {
            return GuardVerdict.refuse(target + ": " + e.problems().get(0).problem());
        }
        return GuardVerdict.allow(write.value());
    }
}
