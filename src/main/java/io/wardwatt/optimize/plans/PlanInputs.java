package io.wardwatt.optimize.plans;

import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Map;

/** Reads a stored plan's inputs: its scenario against its own copy of the model files, not against today's files. */
public final class PlanInputs {

    private PlanInputs() {
    }

    /** @throws io.wardwatt.input.InvalidInputException when the stored inputs cannot be read (the problems name them) */
    public static Scenario read(String scenarioJson, Map<String, String> modelFiles, String source) {
        Path dir = ModelFiles.writeOut(modelFiles);
        try {
            return ScenarioReader.read(scenarioJson, source, dir);
        } finally {
            ModelFiles.delete(dir);
        }
    }
}
