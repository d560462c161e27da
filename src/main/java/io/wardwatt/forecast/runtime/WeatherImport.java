package io.wardwatt.forecast.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.forecast.store.WeatherStore;
import io.wardwatt.forecast.weather.EpwFile;
import io.wardwatt.forecast.weather.EpwHours;
import io.wardwatt.forecast.weather.EpwImport;
import io.wardwatt.forecast.weather.EpwReader;
import io.wardwatt.forecast.weather.WeatherHour;
import io.wardwatt.forecast.weather.WeatherSource;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Imports EPW weather files of a site (typical years and observed history); every import is audited. */
@ApplicationScoped
public class WeatherImport {

    static final String ENTITY = "weather-epw";

    @Inject
    WeatherStore store;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    /** @param kind typical or history */
    @Transactional
    public EpwImport importEpw(String site, String kind, String text, String source) {
        if (sites.find(site).isEmpty()) {
            throw new InvalidInputException("site", "no site '" + site + "' in the site model");
        }
        WeatherSource stored = switch (kind == null ? "" : kind) {
            case "typical" -> WeatherSource.EPW_TYPICAL;
            case "history" -> WeatherSource.EPW_HISTORY;
            default -> throw new InvalidInputException("kind", "'" + kind + "' is not typical or history");
        };
        EpwFile file = EpwReader.read(text, source);
        List<WeatherHour> hours = stored == WeatherSource.EPW_TYPICAL ? EpwHours.typical(file) : EpwHours.history(file);
        if (hours.isEmpty()) {
            throw new InvalidInputException(source, "the file has no hourly rows");
        }
        WeatherStore.Upserted done = store.upsertObservations(site, stored.label(), hours);
        EpwImport result = new EpwImport(site, kind, file.location(), hours.size(), hours.get(0).hour(), hours.get(hours.size() - 1).hour(),
                done.inserted(), done.changed(), done.unchanged());
        audit.record("import", ENTITY, site + "/" + kind, null, result);
        return result;
    }
}
