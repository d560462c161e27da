package io.wardwatt.reporting.runtime;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.wardwatt.reporting.platform.PlatformSimulator;
import java.util.Map;

/**
 * The simulated national platform on loopback for a test class, and the configuration that points the submitter at it:
 * sending on, a bearer token, a half-second time-out, a ten-second lease, and back-off in milliseconds (so that a retry
 * is due by the next poll of the test, never by a sleep).
 */
public class LocalPlatform implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "test-platform-token";

    private static volatile PlatformSimulator platform;

    static PlatformSimulator platform() {
        return platform;
    }

    @Override
    public Map<String, String> start() {
        platform = PlatformSimulator.start(0, TOKEN, PlatformSimulator.DuplicateAnswer.CONFLICT);
        return Map.of("wardwatt.reporting.platform.enabled", "true",
                "wardwatt.reporting.platform.endpoint", platform.endpoint().toString(),
                "wardwatt.reporting.platform.token", TOKEN,
                "wardwatt.reporting.platform.timeout", "500ms",
                "wardwatt.reporting.submitter.lease", "10s",
                "wardwatt.reporting.retry.base", "5ms",
                "wardwatt.reporting.retry.max", "40ms",
                "wardwatt.reporting.retry.jitter", "0.5");
    }

    @Override
    public void stop() {
        platform.close();
    }
}
