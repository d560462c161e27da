package io.wardwatt.site.definition;

import java.util.List;

/**
 * The outcome of an import (or of a dry run: what an import would do), per entity type.
 *
 * @param site   the site's code
 * @param dryRun true when nothing was written
 */
public record ImportSummary(String site, boolean dryRun, Counts sites, Counts spaces, Counts devices, Counts points) {

    /**
     * @param notInFile      how many stored entities the file does not mention (they are kept, not deleted)
     * @param notInFileCodes their codes
     */
    public record Counts(int created, int updated, int unchanged, int notInFile, List<String> notInFileCodes) {

        String describe(String what) {
            return what + " " + created + " created, " + updated + " updated, " + unchanged + " unchanged, " + notInFile + " not in file";
        }
    }

    /** One line for logs: {@code HOSP: site 0 created, 1 updated, ...; spaces ...}. */
    public String describe() {
        return site + (dryRun ? " (dry run)" : "") + ": " + String.join("; ", sites.describe("site"), spaces.describe("spaces"),
                devices.describe("devices"), points.describe("points"));
    }

    /** True when the import changed (or would change) nothing. */
    public boolean unchanged() {
        return sites.created + sites.updated + spaces.created + spaces.updated + devices.created + devices.updated
                + points.created + points.updated == 0;
    }
}
