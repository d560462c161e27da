package io.wardwatt.site.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The site model's configuration. */
@ConfigMapping(prefix = "wardwatt.site")
public interface SiteConfig {

    /**
     * A site definition file (YAML, or JSON when named {@code *.json}) imported at start-up as
     * {@link #seedPolicy()} says. A relative path is resolved against the working directory. A file that is
     * configured but missing or invalid stops the start. Empty: nothing is imported.
     */
    Optional<Path> seedFile();

    /**
     * When the seed file is imported: {@code if-absent} (default) only while its site is not stored yet, so
     * edits made later through the API survive restarts; {@code always} at every start, the file winning over
     * API edits (for sites kept as files under version control). Both are idempotent.
     */
    @WithDefault("if-absent")
    SeedPolicy seedPolicy();

    enum SeedPolicy {
        IF_ABSENT, ALWAYS
    }
}
