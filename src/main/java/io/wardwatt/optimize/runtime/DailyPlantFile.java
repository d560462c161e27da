package io.wardwatt.optimize.runtime;

import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.plant.PlantDefinitionReader;
import java.nio.file.Path;

/**
 * The daily plan's plant file as read (every problem reported with line and path), for the inputs measured around it:
 * its PV and battery.
 *
 * @param file the plant file, relative to the models directory, as the scenario names it
 */
record DailyPlantFile(String file, PlantDefinition definition) {

    /** @throws io.wardwatt.input.InvalidInputException with every problem of the file */
    static DailyPlantFile read(Path modelsDir, String plantFile) {
        return new DailyPlantFile(plantFile, PlantDefinitionReader.readFile(modelsDir.resolve(plantFile)));
    }

    /** Null when the file has no such section. */
    PhotovoltaicDefinition photovoltaic() {
        return definition.photovoltaic();
    }

    /** Null when the file has no such section. */
    BatteryDefinition battery() {
        return definition.battery();
    }
}
