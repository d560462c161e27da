package io.wardwatt.optimize.store;

import io.wardwatt.optimize.plans.PlanKeyFigures;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.StoredPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The columns of a plan row other than its documents, as selected by {@link PlanRepository}. */
public record PlanHead(UUID id, String status, String kind, String site, LocalDate planDate, String requestedBy, Instant requestedAt,
        Instant startedAt, Instant finishedAt, Double objective, Double boundObjective, Double gapPercent, Double savingPercent, Boolean feasible,
        String error, UUID replayOf, Long forecastId, String idempotencyKey) {

    StoredPlan toPlan() {
        return new StoredPlan(id, PlanStatus.parse(status).orElseThrow(), PlanKind.parse(kind).orElseThrow(), site, planDate, requestedBy,
                requestedAt, startedAt, finishedAt, new PlanKeyFigures(objective, boundObjective, gapPercent, savingPercent, feasible), error,
                replayOf, forecastId, idempotencyKey);
    }
}
