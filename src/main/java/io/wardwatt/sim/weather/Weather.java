package io.wardwatt.sim.weather;

import java.time.Instant;

/** Outdoor conditions as a function of time: synthetic or read from a weather file. */
public interface Weather {

    OutdoorConditions at(Instant instant);

    /** One line saying where the weather comes from (for logs and the health check). */
    String description();
}
