package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.store.LoadForecastRepository;
import io.wardwatt.forecast.store.LoadModelRepository;
import io.wardwatt.input.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/** Reads of the issued forecasts and model versions, checked against the configured sites and targets. */
@ApplicationScoped
public class LoadForecastQueries {

    @Inject
    LoadSites sites;

    @Inject
    LoadForecastRepository forecasts;

    @Inject
    LoadModelRepository models;

    @Inject
    LoadModelCodec codec;

    public IssuedLoadForecast latest(String site, String target) {
        sites.require(site);
        sites.requireTarget(target);
        return forecasts.latest(site, target).map(row -> LoadModelCodec.forecast(row, models.findById(row.modelId).version))
                .orElseThrow(() -> new UnknownEntityException(target + " load forecast", site));
    }

    public List<LoadModelVersion> models(String site, String target, int limit) {
        sites.require(site);
        sites.requireTarget(target);
        return models.history(site, target, limit).stream().map(codec::model).toList();
    }

    public ZoneId zone(String site) {
        return sites.require(site).zone();
    }
}
