package io.wardwatt.site.runtime;

import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Empties the point directory's cache once a change to the site model has committed. Not before: a
 * look-up between the change and the commit would read the old state and cache it again.
 */
@ApplicationScoped
public class PointDirectoryRefresh {

    @Inject
    PointDirectory directory;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteModelChanged change) {
        directory.invalidate();
    }
}
