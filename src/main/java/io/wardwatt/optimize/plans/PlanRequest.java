package io.wardwatt.optimize.plans;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A plan to be stored and queued: its inputs are the scenario document and the model files it may read.
 *
 * @param scenarioJson the scenario (scenario format), complete: solver limits included
 * @param modelFiles the models directory's data files, by relative path (see {@link ModelFiles})
 */
public record PlanRequest(PlanKind kind, String site, LocalDate date, String requestedBy, String scenarioJson, Map<String, String> modelFiles,
        UUID replayOf, Long forecastId, String idempotencyKey) {

    public PlanRequest {
        modelFiles = Map.copyOf(modelFiles);
    }
}
