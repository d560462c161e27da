package io.wardwatt.optimize.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.ScenarioEdits;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.store.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A what-if of a day from its daily plan's scenario with an engineer's edits (weather, load, chillers out of service),
 * queued like any posted what-if.
 */
@ApplicationScoped
public class WhatIfPlanning {

    @Inject
    PlanRepository plans;

    @Inject
    PlanRequests requests;

    @Inject
    ObjectMapper json;

    public PlanRequests.Requested request(String site, ScenarioEdits edits, String idempotencyKey, String requestedBy) {
        if (edits.changesNothing()) {
            throw new InvalidInputException("edits", "change the weather, the load or take a chiller out of service: as it stands the what-if "
                    + "is the daily plan itself");
        }
        StoredPlan daily = plans.list(site, edits.date(), PlanKind.DAILY, null, 50).stream()
                .filter(p -> plans.scenarioJson(p.id()).isPresent()).findFirst()
                .orElseThrow(() -> new StateConflictException("there is no daily plan of " + site + " for " + edits.date()
                        + " to start the what-if from: request the day's daily plan first"));
        try {
            ObjectNode scenario = (ObjectNode) json.readTree(plans.scenarioJson(daily.id()).orElseThrow());
            scenario.put("description", "what-if from daily plan " + daily.id() + ": " + edits.describe());
            return requests.whatIf(json.writeValueAsString(edits.applyTo(scenario)), site, idempotencyKey, requestedBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored scenario of plan " + daily.id() + " is not JSON", e);
        }
    }
}
