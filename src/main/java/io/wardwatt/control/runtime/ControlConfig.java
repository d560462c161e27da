package io.wardwatt.control.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Plant control: whether the approved plan is written to the plant, and how safely. Off unless switched on
 * ({@code wardwatt.control.enabled=true}, which also needs {@code wardwatt.acquisition.writes-enabled=true}).
 */
@ConfigMapping(prefix = "wardwatt.control")
public interface ControlConfig {

    /** Write approved plans (approved in dispatch mode) and overrides to the plant. Off: nothing is ever written. */
    @WithDefault("false")
    boolean enabled();

    /** The site controlled (its code in the site model). */
    @WithDefault("HOSP")
    @NotBlank
    String site();

    /** The plant file: its chillers and pumps are commanded (with the polled batteries), its critical zones and minimum run/stop the limits. */
    @WithDefault("chiller-models/plants/demo-hospital.yaml")
    Path plantFile();

    /** How often dispatch runs ({@code off} in tests, which tick it themselves). */
    @WithDefault("10s")
    String tick();

    /** The heartbeat: an unchanged command is written again this often (well inside the plant's command hold). */
    @WithDefault("5m")
    Duration renewEvery();

    /** How long past its slot's end a plan command holds, so the next slot takes over without a gap. */
    @WithDefault("2m")
    Duration planMargin();

    /** Wait after a device's first failed write; doubled per further failure up to {@link #backoffMax()}. */
    @WithDefault("10s")
    Duration backoffFirst();

    @WithDefault("5m")
    Duration backoffMax();

    /** How far a read-back may lie from the value written, in engineering units (a register step is 0.01 °C). */
    @WithDefault("0.011")
    @DecimalMin("0")
    double readBackTolerance();

    /** Largest supply set-point change per minute, K/min. */
    @WithDefault("0.25")
    @DecimalMin(value = "0", inclusive = false)
    double setpointRateKPerMin();

    /** At most one set-point change this often. */
    @WithDefault("2m")
    Duration setpointMinInterval();

    /** The longest manual override an engineer may put in. */
    @WithDefault("12h")
    Duration overrideMax();

    /** Where the common supply temperature is read: device code and template point name. */
    @WithDefault("CHW-BTU.SUPPLY_T")
    String supplyPoint();

    /** Where the plant's electrical input is read for the live view: device code and point (the plant room's sub-meter). */
    @WithDefault("CHP-SUB.KW")
    String plantPowerPoint();

    /** Where the cooling delivered is read for the live view: device code and point (the chilled-water energy meter). */
    @WithDefault("CHW-BTU.KW")
    String coolingPowerPoint();

    /** Where the common return temperature is read for the live view: device code and point. */
    @WithDefault("CHW-BTU.RETURN_T")
    String returnPoint();

    /** A live value older than this is shown as stale, whatever the poller says of it (the plant's devices poll every 5 to 15 s). */
    @WithDefault("60s")
    Duration liveMaxAge();
}
