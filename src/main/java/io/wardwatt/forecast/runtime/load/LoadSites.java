package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.runtime.ForecastCalendar;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The sites and targets forecast, checked, and the day calendar they are forecast with. */
@ApplicationScoped
class LoadSites {

    @Inject
    SiteService sites;

    @Inject
    LoadForecastConfig config;

    @Inject
    ForecastCalendar calendar;

    Site require(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("site", "the query parameter site is required");
        }
        return sites.find(code).orElseThrow(() -> new InvalidInputException("site", "no site '" + code + "' in the site model"));
    }

    String requireTarget(String target) {
        if (target == null || !config.targets().containsKey(target)) {
            throw new InvalidInputException("target", "must be one of " + config.targets().keySet() + ", got '" + target + "'");
        }
        return target;
    }

    DayCalendar calendar() {
        return calendar.calendar();
    }
}
