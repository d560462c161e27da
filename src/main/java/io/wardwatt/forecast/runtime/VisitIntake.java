package io.wardwatt.forecast.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.forecast.store.OutpatientVisitRepository;
import io.wardwatt.forecast.visits.VisitCount;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.forecast.visits.VisitImport;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Takes outpatient visit counts from the hospital information system; every import is audited with what it did. */
@ApplicationScoped
public class VisitIntake {

    static final String ENTITY = "outpatient-visits";

    @Inject
    OutpatientVisitRepository visits;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    @Transactional
    public VisitImport store(String site, String source, List<VisitCount> counts) {
        if (sites.find(site).isEmpty()) {
            throw new InvalidInputException("site", "no site '" + site + "' in the site model");
        }
        VisitImport result = visits.store(site, source, counts);
        audit.record("import", ENTITY, site, null, result);
        return result;
    }

    /** The days from {@code first} to {@code last} inclusive with a count stored (daily or hourly), e.g. to leave them alone. */
    public Set<LocalDate> daysWithCounts(String site, LocalDate first, LocalDate last) {
        return visits.days(site, first, last).stream().map(VisitDay::date).collect(Collectors.toSet());
    }
}
