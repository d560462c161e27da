package io.wardwatt.standby.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** The standby watch of the high-power medical devices ({@code wardwatt.standby.*}). */
@ConfigMapping(prefix = "wardwatt.standby")
public interface StandbyConfig {

    /** The standards file (format in the file and the README); relative to the working directory. Read and checked at start-up. */
    @WithDefault("deploy/demo/standby-standards.yaml")
    Path standardsFile();

    /** The share above the standard that raises an alert: 0.15 is 15 %. */
    @WithDefault("0.15")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("10")
    double threshold();

    /** Hours a device must spend in standby in the period before its draw is judged. */
    @WithDefault("1")
    @DecimalMin("0.25")
    @DecimalMax("24")
    double minStandbyHours();

    /** The sites the daily job evaluates. */
    @WithDefault("HOSP")
    List<String> sites();

    /** When the daily job evaluates the previous local day (Quartz cron, or {@code off}). */
    @WithDefault("0 20 1 * * ?")
    String cron();

    /** The zone of the cron and of "the previous day". */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();
}
