package io.wardwatt.standby.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.standby.StandbyStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The standards file, read and checked at start-up: a file with a mistake stops the service with the line that is wrong. */
@ApplicationScoped
public class StandbyStandardsFile {

    @Inject
    StandbyConfig config;

    private volatile StandbyStandards standards;

    void check(@Observes StartupEvent start) {
        standards();
    }

    public StandbyStandards standards() {
        StandbyStandards read = standards;
        if (read == null) {
            try {
                String text = Files.readString(config.standardsFile(), StandardCharsets.UTF_8);
                read = StandbyStandards.parse(text, config.standardsFile().toString());
            } catch (IOException e) {
                throw new IllegalStateException("wardwatt.standby.standards-file " + config.standardsFile() + " cannot be read: " + e, e);
            }
            standards = read;
        }
        return read;
    }
}
