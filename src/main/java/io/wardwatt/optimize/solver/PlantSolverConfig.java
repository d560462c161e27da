package io.wardwatt.optimize.solver;

import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.domain.ChillerCommitment;
import io.wardwatt.optimize.domain.PlantPlan;
import io.wardwatt.optimize.domain.PumpCommitment;
import io.wardwatt.optimize.domain.SetpointChoice;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver, configured in code (the OptaPlanner Quarkus extension does not run on our Quarkus). The plan starts
 * from every slot's own optimum, so there is no construction phase: late-acceptance local search over the plant
 * moves repairs the timing rules and trades slots against each other. It stops at the time limit, after the
 * unimproved limit, or once it is within 0.01 % of the lower bound.
 */
public final class PlantSolverConfig {

    /** The plan is good enough when its objective is within this fraction above the lower bound. */
    static final double BOUND_TOLERANCE = 1e-4;
    private static final int LATE_ACCEPTANCE_SIZE = 400;

    private PlantSolverConfig() {
    }

    public static SolverFactory<PlantPlan> factory(SolverSettings settings, double lowerBoundObjective) {
        TerminationConfig termination = new TerminationConfig()
                .withMillisecondsSpentLimit(settings.timeLimit().toMillis())
                .withUnimprovedMillisecondsSpentLimit(settings.unimprovedLimit().toMillis());
        if (Double.isFinite(lowerBoundObjective) && lowerBoundObjective > 0) {
            long limit = PlantConstraintProvider.soft(lowerBoundObjective * (1 + BOUND_TOLERANCE));
            termination.setBestScoreLimit("0hard/" + (-limit) + "soft");
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlantMoveFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        if (settings.unimprovedSteps() > 0) {
            // OptaPlanner counts steps per phase: this limit belongs to the (only) local search phase.
            localSearch.setTerminationConfig(new TerminationConfig()
                    .withUnimprovedStepCountLimit((int) Math.min(Integer.MAX_VALUE, settings.unimprovedSteps())));
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PlantPlan.class)
                .withEntityClasses(ChillerCommitment.class, PumpCommitment.class, SetpointChoice.class)
                .withConstraintProviderClass(PlantConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(localSearch);
        return SolverFactory.create(config);
    }
}
