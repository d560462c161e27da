package io.wardwatt.optimize.solver;

import io.wardwatt.optimize.domain.PlanningDecision;
import io.wardwatt.optimize.domain.PlantPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets several decisions at once: a chiller on for a block of slots with its paired pumps, one chiller handing
 * over to another, a set-point with the pump counts that suit it. One step of such a move keeps the hard rules
 * that a single flip would break (a one-slot start always breaks a minimum run time).
 */
final class AssignMove extends AbstractMove<PlantPlan> {

    private final String kind;
    private final List<PlanningDecision> decisions;
    private final List<Object> values;

    AssignMove(String kind, List<PlanningDecision> decisions, List<Object> values) {
        this.kind = kind;
        this.decisions = decisions;
        this.values = values;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<PlantPlan> scoreDirector) {
        for (int i = 0; i < decisions.size(); i++) {
            if (!Objects.equals(decisions.get(i).value(), values.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected AssignMove createUndoMove(ScoreDirector<PlantPlan> scoreDirector) {
        List<Object> previous = new ArrayList<>(decisions.size());
        for (PlanningDecision decision : decisions) {
            previous.add(decision.value());
        }
        return new AssignMove(kind, decisions, previous);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<PlantPlan> scoreDirector) {
        for (int i = 0; i < decisions.size(); i++) {
            PlanningDecision decision = decisions.get(i);
            if (!Objects.equals(decision.value(), values.get(i))) {
                scoreDirector.beforeVariableChanged(decision, decision.variableName());
                decision.assign(values.get(i));
                scoreDirector.afterVariableChanged(decision, decision.variableName());
            }
        }
    }

    @Override
    public AssignMove rebase(ScoreDirector<PlantPlan> destinationScoreDirector) {
        List<PlanningDecision> rebased = new ArrayList<>(decisions.size());
        for (PlanningDecision decision : decisions) {
            rebased.add(destinationScoreDirector.lookUpWorkingObject(decision));
        }
        return new AssignMove(kind, rebased, values);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return kind;
    }

    @Override
    public java.util.Collection<?> getPlanningEntities() {
        return decisions;
    }

    @Override
    public java.util.Collection<?> getPlanningValues() {
        return values;
    }

    @Override
    public String toString() {
        return kind + " " + decisions + " -> " + values;
    }
}
