package io.wardwatt.carbon;

import java.time.YearMonth;

/** The grid intensity in force for a site's month, chosen as the ledger chooses it. */
public interface GridIntensities {

    /**
     * @throws io.wardwatt.input.UnknownEntityException when the site model has no such site
     * @throws io.wardwatt.input.InvalidInputException when the factor set in force has no grid factor for the site's region and month
     */
    GridIntensity forMonth(String site, YearMonth month);
}
