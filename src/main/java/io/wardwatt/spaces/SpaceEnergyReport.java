package io.wardwatt.spaces;

import io.wardwatt.site.SpaceLevel;
import java.time.Instant;
import java.util.List;

/** Consumption of every space of one level over [from, to), with the rule that chose the meters. */
public record SpaceEnergyReport(String site, SpaceLevel level, Instant from, Instant to, String rule, List<SpaceEnergy.Row> spaces) {
}
