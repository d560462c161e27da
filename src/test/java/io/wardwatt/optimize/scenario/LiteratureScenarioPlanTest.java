package io.wardwatt.optimize.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.ChillerPowerModel;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.SlotLoadSplit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The literature scenarios planned through the whole path (file, reader, day planner): their slots are independent,
 * so each slot of the plan must draw what the exact single-slot split finds for that load, and the plan's
 * objective (flat 1 CNY/kWh, 60-minute slots) must be their sum.
 */
class LiteratureScenarioPlanTest {

    @ParameterizedTest
    @ValueSource(strings = {"ocl-3-chillers-chang-2004.json", "ocl-4-chillers-chang-2005.json", "ocl-6-chillers-lee-lin-2009.json"})
    void eachSlotOfThePlanIsThatLoadsOptimalLoading(String file) {
        Scenario scenario = ScenarioReader.readFile(Path.of("chiller-models/scenarios").resolve(file));
        DayProblem problem = scenario.problem();
        DayPlan plan = new DayPlanner().plan(problem, scenario.solver());
        assertTrue(plan.feasible(), plan.violations().toString());
        List<ChillerPowerModel> chillers = problem.chillers().stream().map(c -> c.model().at(7, 29.44)).toList();
        double sum = 0;
        for (int i = 0; i < problem.slots().size(); i++) {
            double optimum = new SlotLoadSplit().split(problem.slots().get(i).loadKw(), chillers).totalPowerKw();
            assertEquals(optimum, plan.slots().get(i).powerKw(), 1e-4 * optimum, "slot " + i);
            double delivered = plan.slots().get(i).chillers().stream().mapToDouble(c -> c.loadKw()).sum();
            assertEquals(problem.slots().get(i).loadKw(), delivered, 1e-6 * delivered, "load balance in slot " + i);
            sum += optimum;
        }
        assertEquals(sum, plan.totals().objective(), 1e-4 * sum);
        assertTrue(plan.bound().gapPercent() < 0.01, "gap " + plan.bound().gapPercent());
    }
}
