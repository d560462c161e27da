package io.wardwatt.web;

import io.wardwatt.input.UnknownEntityException;

/**
 * Some resources exist for one site only, the one this instance runs the plant of (plans, control, polled devices):
 * under another site's path they are not found, and the answer says which site has them.
 */
public final class ServedSite {

    private ServedSite() {
    }

    public static void require(String pathSite, String servedSite, String what) {
        if (!servedSite.equals(pathSite)) {
            throw new UnknownEntityException(what + " (this instance serves site '" + servedSite + "') of site", pathSite);
        }
    }
}
