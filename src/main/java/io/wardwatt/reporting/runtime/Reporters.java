package io.wardwatt.reporting.runtime;

import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.reporting.LedgerPayload;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who reports a site's ledger: the organisation as configured ({@code wardwatt.reporting.organisation.*}) and the site
 * as the site model has it. The platform payload and the downloaded report take it from here, so both name the same.
 */
@ApplicationScoped
class Reporters {

    @Inject
    ReportingConfig config;

    @Inject
    SiteService sites;

    /** @throws UnknownEntityException for a site not in the site model */
    Site site(String code) {
        return sites.find(code).orElseThrow(() -> new UnknownEntityException("site", code));
    }

    /** @throws StateConflictException when the organisation is not configured: no report can name who reports */
    LedgerPayload.Reporter of(Site site) {
        String name = config.organisation().name().orElseThrow(() -> new StateConflictException(
                "wardwatt.reporting.organisation.name is not set: the platform needs the reporting organisation"));
        String code18 = config.organisation().unifiedSocialCreditCode().orElseThrow(() -> new StateConflictException(
                "wardwatt.reporting.organisation.unified-social-credit-code is not set"));
        return new LedgerPayload.Reporter(name, code18, site.name(), site.province(), site.gridRegion(), site.floorAreaM2());
    }
}
