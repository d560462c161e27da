package io.wardwatt.control.runtime;

import io.wardwatt.control.ManualOverride;
import io.wardwatt.control.store.ControlRepository;
import io.wardwatt.optimize.PlantInterventions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link PlantInterventions} from what plant control stored: overrides, faults and suspensions. */
@ApplicationScoped
public class ControlInterventions implements PlantInterventions {

    @Inject
    ControlRepository store;

    @Override
    @Transactional
    public List<Intervention> during(String site, Instant from, Instant until) {
        List<Intervention> found = new ArrayList<>();
        for (ManualOverride o : store.overridesDuring(site, from, until)) {
            Instant end = o.releasedAt() != null && o.releasedAt().isBefore(o.expiresAt()) ? o.releasedAt() : o.expiresAt();
            found.add(new Intervention(Intervention.Kind.OVERRIDE, o.point().device(), o.startsAt(), end, o.point() + " = " + o.value()
                    + " at level " + o.priority().level() + " by " + o.createdBy() + ": " + o.comment()));
        }
        found.addAll(store.faultsAndSuspensionsDuring(site, from, until));
        return found;
    }
}
