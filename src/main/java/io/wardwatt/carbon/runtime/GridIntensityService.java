package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.GridIntensities;
import io.wardwatt.carbon.GridIntensity;
import io.wardwatt.carbon.factors.FactorCategory;
import io.wardwatt.carbon.factors.FactorPolicy;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.GridForm;
import io.wardwatt.carbon.factors.Region;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;

/** The location-based grid factor of the current factor set for a site's month, by the ledger's own policy. */
@ApplicationScoped
public class GridIntensityService implements GridIntensities {

    @Inject
    FactorSets factorSets;

    @Inject
    LedgerSites sites;

    @Override
    public GridIntensity forMonth(String code, YearMonth month) {
        Site site = sites.require(code);
        FactorSet set = factorSets.current();
        Region region = sites.region(site, set);
        return FactorPolicy.choose(set, region, month, sites.today(site), FactorCategory.GRID_ELECTRICITY, GridForm.AVERAGE.code())
                .map(choice -> new GridIntensity(choice.factor().canonicalValue().doubleValue(), set.id(), choice.factor().id(), choice.reason()))
                .orElseThrow(() -> new InvalidInputException("carbon factors", FactorPolicy.unavailable(set, region, month, sites.today(site),
                        FactorCategory.GRID_ELECTRICITY, GridForm.AVERAGE.code())));
    }
}
