package io.wardwatt.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service stops. */
@ConfigMapping(prefix = "wardwatt.shutdown")
public interface ShutdownConfig {

    /**
     * How long a stop waits for scheduled jobs that are running to end before the datasource closes; a job still running
     * then is logged by name and cut off. Below Kubernetes' default grace period of 30 s, so the wait is not itself killed.
     */
    @WithDefault("20s")
    Duration jobsTimeout();
}
