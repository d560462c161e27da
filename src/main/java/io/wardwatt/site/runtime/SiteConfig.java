package io.wardwatt.site.runtime;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** The site model's configuration. */
@ConfigMapping(prefix = "wardwatt.site")
public interface SiteConfig {

    /**
     * A site definition file (YAML, or JSON when named {@code *.json}) imported at every start-up. The import
     * is idempotent, so a restart changes nothing unless the file did; what the file holds wins over edits
     * made through the API, so leave this empty once the site is maintained there. A relative path is
     * resolved against the working directory. A file that is configured but missing or invalid stops the start.
     * Empty: nothing is imported.
     */
    Optional<Path> seedFile();
}
