package io.wardwatt.access.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Users of the embedded default. */
@ConfigMapping(prefix = "wardwatt.access")
public interface AccessConfig {

    /**
     * Create one demo user per role (admin, engineer, leader, reporter, auditor; password
     * {@code wardwatt-<role>}) when the users table is empty. Switch off in production.
     */
    @WithDefault("true")
    boolean demoUsers();
}
