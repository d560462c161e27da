package io.wardwatt.access.runtime;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Seeds the demo users at start-up when configured and the users table is empty. */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    @Inject
    AccessConfig config;

    @Inject
    UserAccounts accounts;

    void onStart(@Observes StartupEvent event) {
        if (config.demoUsers() && accounts.seedDemoUsersIfEmpty()) {
            LOG.warn("Created demo users admin, engineer, leader, reporter, auditor (password wardwatt-<role>). "
                    + "Set wardwatt.access.demo-users=false and create real users in production.");
        }
    }
}
