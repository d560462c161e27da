package io.wardwatt.sim.runtime;

import io.wardwatt.sim.closedloop.WardwattFromWentLive.SupervisedDay;
import java.util.List;

/**
 * The plans the back-filled history ran under after the demo went live, each with the scenario it was planned from:
 * fired (synchronously, in the backfill's thread) once the history's readings are stored, for whoever records them as
 * the approved plans of those days (the demo).
 */
public record BackfilledPlans(List<SupervisedDay> days) {

    public BackfilledPlans {
        days = List.copyOf(days);
    }
}
