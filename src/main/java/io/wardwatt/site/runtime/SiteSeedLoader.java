package io.wardwatt.site.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.definition.ImportSummary;
import io.wardwatt.site.definition.SiteDefinition;
import io.wardwatt.site.definition.SiteDefinitionReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Imports the configured site definition file ({@code wardwatt.site.seed-file}) at start-up, as the seed
 * policy says (by default only while its site is not stored). Idempotent: a restart with the same file
 * changes nothing. A configured file that is missing or invalid stops the
 * start, with the reason: a service that silently runs without its site model would mislead everyone.
 */
@ApplicationScoped
public class SiteSeedLoader {

    private static final Logger LOG = Logger.getLogger(SiteSeedLoader.class);

    @Inject
    SiteConfig config;

    @Inject
    SiteImporter importer;

    @Inject
    SiteService sites;

    void onStart(@Observes StartupEvent event) {
        config.seedFile().ifPresent(file -> seed(file, config.seedPolicy()));
    }

    /** Imports the file as the policy says; empty when the policy left a stored site alone. */
    public Optional<ImportSummary> seed(Path file, SiteConfig.SeedPolicy policy) {
        if (policy == SiteConfig.SeedPolicy.IF_ABSENT) {
            String code = read(file).site().code();
            if (sites.find(code).isPresent()) {
                LOG.infof("Site %s is stored; %s not imported again (wardwatt.site.seed-policy=if-absent)", code, file);
                return Optional.empty();
            }
        }
        return Optional.of(load(file));
    }

    /** Imports a seed file; throws {@link IllegalStateException} naming the setting when it cannot. */
    public ImportSummary load(Path file) {
        SiteDefinition definition = read(file);
        ImportSummary summary = importer.importDefinition(definition, false);
        if (summary.unchanged()) {
            LOG.infof("Site %s from %s is up to date (%d spaces, %d devices, %d points)", summary.site(), file,
                    definition.spaces().size(), definition.devices().size(), definition.points().size());
        } else {
            LOG.infof("Imported %s: %s", file, summary.describe());
        }
        return summary;
    }

    private static SiteDefinition read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("wardwatt.site.seed-file: " + file + " does not exist (working directory "
                    + Path.of("").toAbsolutePath() + "); point it at a site definition file, or set it empty to start without one");
        }
        try {
            return SiteDefinitionReader.readFile(file);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("wardwatt.site.seed-file: " + file + " is not a valid site definition:\n"
                    + e.problems().stream().map(InputProblem::toString).map(p -> "  " + p).collect(Collectors.joining("\n")), e);
        }
    }
}
