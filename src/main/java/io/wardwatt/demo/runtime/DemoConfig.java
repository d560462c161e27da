package io.wardwatt.demo.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * The demo: the simulated hospital run under Wardwatt's own plans. Off unless switched on ({@code deploy/demo.sh}
 * does); with it on, plant control may only write to the in-process simulated hospital, and the day's plan is made
 * and approved on the demo engineer's behalf, so a fresh demo shows a plan in force.
 */
@ConfigMapping(prefix = "wardwatt.demo")
public interface DemoConfig {

    /** Run as the demo: control against the simulator only, the day's plan made and approved at start-up. */
    @WithDefault("false")
    boolean enabled();

    /** The user recorded as approving the demo's plans (an engineer or admin of the users table). */
    @WithDefault("engineer")
    @NotBlank
    String engineer();

    /**
     * How often the demo looks whether the day has a plan someone decided on, and makes and approves one when not
     * (after midnight, or when a plan could not be made yet); {@code off} only at start-up.
     */
    @WithDefault("10m")
    String planEvery();

    /** How long the start-up plan waits for the back-filled history (and its rollups) before it plans anyway. */
    @WithDefault("15m")
    Duration historyWait();

    /** How long to wait for the day's plan to be solved before approving it is given up until the next look. */
    @WithDefault("5m")
    Duration solveWait();

    /**
     * Days before today the standby watch judges once the back-filled history is rolled up (the daily job judges only
     * yesterday, at night), so a fresh demo's alerts page has the imaging devices' findings within minutes; 0: none.
     */
    @WithDefault("7")
    @jakarta.validation.constraints.Min(0)
    @jakarta.validation.constraints.Max(60)
    int standbyDays();
}
