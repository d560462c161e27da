package io.wardwatt.optimize.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.tariff.SeasonalTariffReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The daily plan's tariff is checked when the service starts, not at 17:30: exactly one of a tariff file and fixed
 * periods, and a file that reads without a problem (every month in one season, every day covered once).
 */
@ApplicationScoped
class TariffCheck {

    private static final Logger LOG = Logger.getLogger(TariffCheck.class);

    void check(@Observes StartupEvent event, OptimizeConfig config) {
        OptimizeConfig.Tariff tariff = config.tariff();
        boolean periods = tariff.periods().map(list -> !list.isEmpty()).orElse(false);
        if (tariff.file().isPresent() == periods) {
            throw new IllegalStateException("wardwatt.optimize.tariff: set either file (a seasonal tariff below wardwatt.optimize.models-dir)"
                    + " or periods[i].name|from|to|price-per-kwh, not " + (periods ? "both" : "neither"));
        }
        if (tariff.file().isPresent()) {
            Path file = config.modelsDir().resolve(tariff.file().get()).normalize();
            try {
                var read = SeasonalTariffReader.readFile(file);
                LOG.infof("Daily plans use tariff %s (%d seasons, demand charge %s CNY/kW-month) from %s", read.name(), read.seasons().size(),
                        read.demandChargeCnyPerKwMonth(), file);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("wardwatt.optimize.tariff.file " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
