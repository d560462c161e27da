package io.wardwatt.optimize;

import java.time.Instant;
import java.util.List;

/**
 * What took the plant off its plan, as plant control recorded it: engineers' overrides, device faults dispatch
 * stopped at, suspensions of the plan. Plan against actual names them as the causes of a slot's deviation.
 */
public interface PlantInterventions {

    /** The interventions of the site that overlap [from, until). */
    List<Intervention> during(String site, Instant from, Instant until);

    /** @param until null while it lasts */
    record Intervention(Kind kind, String device, Instant from, Instant until, String text) {

        public enum Kind {
            /** an engineer's manual override of a plant point */
            OVERRIDE,
            /** a device that did not hold what dispatch wrote (dispatch stopped writing to it) */
            EQUIPMENT_FAULT,
            /** the plan suspended because a critical zone's limit was not met */
            PLAN_SUSPENDED;

            /** As plan against actual names the cause: override, equipment-fault, plan-suspended. */
            public String cause() {
                return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
    }
}
