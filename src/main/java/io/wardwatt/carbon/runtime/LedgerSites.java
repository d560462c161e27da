package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.Region;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;

/** The sites the ledger is kept for: their calendar, where their factors come from, which months have ended. */
@ApplicationScoped
class LedgerSites {

    @Inject
    SiteService sites;

    /** @throws UnknownEntityException when the site model has no such site */
    Site require(String code) {
        return sites.find(code).orElseThrow(() -> new UnknownEntityException("site", code));
    }

    /** As {@link #require}, for a site named in a request body: a bad one is bad input at {@code field}. */
    Site requireNamed(String code, String field) {
        return sites.find(code).orElseThrow(() -> new InvalidInputException(field, "no site '" + code + "' in the site model"));
    }

    /**
     * The site's region in the set: its province on its recorded regional grid (or the province's usual grid when the
     * set does not know the recorded one).
     */
    Region region(Site site, FactorSet set) {
        return set.region(site.province(), site.gridRegion()).or(() -> set.region(site.province()))
                .orElseThrow(() -> new InvalidInputException("site " + site.code() + " province", "'" + site.province() + "' is not a region of"
                        + " factor set " + set.id() + ": " + String.join(", ", set.regionCodes())));
    }

    /** The calculation day of a ledger computed now: today on the site's calendar (factor publication days are local). */
    LocalDate today(Site site) {
        return LocalDate.now(site.zone());
    }

    /** @throws StateConflictException while the month has not ended on the site's calendar */
    void requireEnded(Site site, YearMonth month) {
        ZonedDateTime end = month.plusMonths(1).atDay(1).atStartOfDay(site.zone());
        if (end.toInstant().isAfter(Instant.now())) {
            throw new StateConflictException(site.code() + " " + month + " has not ended: it ends at " + end.toOffsetDateTime() + " ("
                    + site.timeZone() + "); a month is closed after its end");
        }
    }

    /** @throws InvalidInputException at {@code field} for a month that has not begun on the site's calendar */
    void requireBegun(Site site, YearMonth month, String field) {
        YearMonth current = YearMonth.now(site.zone());
        if (month.isAfter(current)) {
            throw new InvalidInputException(field, month + " has not begun at " + site.code() + " (it is " + current + " in " + site.timeZone()
                    + ")");
        }
    }
}
