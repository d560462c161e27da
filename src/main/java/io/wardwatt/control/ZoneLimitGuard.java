package io.wardwatt.control;

import io.wardwatt.plant.CriticalZone;
import java.util.List;

/**
 * Critical zones' hard limits, checked on every command at the plan's level and below: a supply set-point above a
 * zone's maximum, or a chiller stop that would leave fewer available chillers than a zone needs, is refused.
 */
public final class ZoneLimitGuard implements WriteGuard {

    private final List<CriticalZone> zones;

    public ZoneLimitGuard(List<CriticalZone> zones) {
        this.zones = List.copyOf(zones);
    }

    @Override
    public GuardVerdict check(ProposedWrite write) {
        if (!write.command().priority().zoneLimited()) {
            return GuardVerdict.allow(write.value());
        }
        for (CriticalZone zone : zones) {
            if (write.point().kind() == CommandKind.SUPPLY_SETPOINT && write.value() > zone.maxSupplyC()) {
                return GuardVerdict.refuse(write.point() + " = " + write.value() + " °C is above critical zone " + zone.zoneId() + " ("
                        + zone.reason() + ")'s limit " + zone.maxSupplyC() + " °C");
            }
            if (write.point().kind() == CommandKind.CHILLER_ENABLE && write.value() == 0 && write.plant() != null) {
                ChillerStatus status = write.plant().chillers().get(write.point().device());
                long left = write.plant().chillersAvailable() - (status != null && status.available() ? 1 : 0);
                if (left < zone.minChillersAvailable()) {
                    return GuardVerdict.refuse("stopping " + write.point().device() + " leaves " + left + " chiller(s) available; critical zone "
                            + zone.zoneId() + " (" + zone.reason() + ") needs " + zone.minChillersAvailable());
                }
            }
        }
        return GuardVerdict.allow(write.value());
    }
}
