package io.wardwatt.forecast.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.forecast.store.WeatherStore;
import io.wardwatt.forecast.weather.EpwImport;
import io.wardwatt.forecast.weather.WeatherSource;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Imports the configured typical year ({@code wardwatt.forecast.weather.typical.file}) at start-up while its site has
 * none, so that a service without a weather provider (the demo) still serves a forecast, flagged fallback-typical.
 * Runs after the site seed (a later observer priority), since the site has to exist.
 */
@ApplicationScoped
public class TypicalYearSeed {

    private static final Logger LOG = Logger.getLogger(TypicalYearSeed.class);

    @Inject
    WeatherConfig config;

    @Inject
    WeatherImport imports;

    @Inject
    WeatherStore store;

    @Inject
    SiteService sites;

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        config.typical().file().ifPresent(file -> seed(config.typical().site(), file));
    }

    /**
     * Imports the file for the site unless the site already has a typical year; empty when nothing was imported. A
     * missing file or site is logged and skipped; an invalid file stops the start with its problems.
     */
    public Optional<EpwImport> seed(String site, Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warnf("wardwatt.forecast.weather.typical.file: %s does not exist (working directory %s); forecasts without the provider "
                    + "have no typical year to fall back on", file, Path.of("").toAbsolutePath());
            return Optional.empty();
        }
        if (sites.find(site).isEmpty()) {
            LOG.warnf("wardwatt.forecast.weather.typical.site: no site %s; typical year %s not imported", site, file);
            return Optional.empty();
        }
        if (store.hasRows(site, WeatherSource.EPW_TYPICAL.label())) {
            LOG.infof("Site %s has a typical year; %s not imported again", site, file);
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("wardwatt.forecast.weather.typical.file: cannot read " + file, e);
        }
        try {
            EpwImport done = imports.importEpw(site, "typical", text, file.toString());
            LOG.infof("Imported the typical year of %s from %s (%s, %d hours)", site, file, done.location(), done.rows());
            return Optional.of(done);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("wardwatt.forecast.weather.typical.file: " + file + " is not a typical-year EPW file:\n"
                    + e.problems().stream().map(InputProblem::toString).map(p -> "  " + p).collect(Collectors.joining("\n")), e);
        }
    }
}
