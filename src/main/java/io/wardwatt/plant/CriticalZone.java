package io.wardwatt.plant;

import java.time.Duration;

/**
 * Hard limits of a zone with critical care (operating theatres, ICU, isolation rooms) that no plan may trade
 * away, as the plant file's {@code criticalZones} gives them. The supply header is common to all zones, so the
 * supply limit is checked on the plant's supply temperature.
 *
 * @param zoneId a zone of the plant file
 * @param reason what the zone serves, for messages
 * @param maxSupplyC highest chilled-water supply temperature the zone's coils can dehumidify with, °C
 * @param minChillersAvailable chillers that must stay available (enabled, not in alarm)
 * @param grace how long a measured breach must last before the plant is deemed unable to meet the limit
 */
public record CriticalZone(String zoneId, String reason, double maxSupplyC, int minChillersAvailable, Duration grace) {
}
