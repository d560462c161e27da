package io.wardwatt.web;

import io.wardwatt.input.InvalidInputException;

/**
 * A body that names its site under a path that names one: the path's site is the site; a body may leave it out or
 * repeat it, never name another (docs/api.md, "Site scoping").
 */
public final class SiteOfBody {

    private SiteOfBody() {
    }

    /** The path's site, after checking the body's (null or blank: left out). */
    public static String of(String pathSite, String bodySite, String field) {
        if (bodySite != null && !bodySite.isBlank() && !bodySite.strip().equals(pathSite)) {
            throw new InvalidInputException(field, "the body names site '" + bodySite.strip() + "' but the path site '" + pathSite
                    + "'; post it under /api/sites/" + bodySite.strip() + "/...");
        }
        return pathSite;
    }
}
