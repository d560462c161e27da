package io.wardwatt.carbon.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.input.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stops the start when the carbon configuration cannot work: a factor directory that cannot be read or holds a broken
 * set, a configured set that is not there, a metered carrier that is unknown or cannot come from a meter.
 */
@ApplicationScoped
class CarbonStartupCheck {

    private static final Logger LOG = Logger.getLogger(CarbonStartupCheck.class);

    @Inject
    CarbonConfig config;

    @Inject
    FactorSets sets;

    void check(@Observes StartupEvent started) {
        List<String> problems = new ArrayList<>();
        FactorSet current = null;
        try {
            current = sets.current();
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add("wardwatt.carbon.factors: " + problem));
        }
        config.activities().keySet().forEach(carrier -> MeteredCarrier.of(carrier).ifPresentOrElse(metered -> { },
                () -> problems.add("wardwatt.carbon.activities." + carrier + ": " + MeteredCarrier.whyNot(carrier))));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The carbon ledger cannot start:\n  " + String.join("\n  ", problems));
        }
        LOG.infof("Carbon ledger: factor set %s (%s), metered carriers %s, monthly close '%s' (%s) for %s", current.id(), current.file(),
                config.activities().keySet(), config.close().cron(), config.close().timeZone(), config.sites());
    }
}
