package io.wardwatt.optimize.runtime;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.BatteryReader;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.plant.PhotovoltaicReader;
import io.wardwatt.plant.PlantDefinitionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adapter, until {@code PlantDefinition} carries them: the daily plan's plant file's {@code photovoltaic} and
 * {@code battery} sections, read by the plant package's own section readers from the same file after
 * {@link PlantDefinitionReader} has checked the file whole. When the plant definition exposes the sections, this
 * goes and its callers take them from the definition.
 *
 * @param file the plant file, relative to the models directory, as the scenario names it
 * @param photovoltaic null when the file has no such section
 * @param battery null when the file has no such section
 */
record PlantFileEnergySections(String file, PhotovoltaicDefinition photovoltaic, BatteryDefinition battery) {

    /** @throws InvalidInputException with every problem of the file, each with its line and path */
    static PlantFileEnergySections read(Path modelsDir, String plantFile) {
        Path file = modelsDir.resolve(plantFile);
        PlantDefinitionReader.readFile(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(text, file.toString()));
        PhotovoltaicDefinition photovoltaic = new PhotovoltaicReader(fields).read(fields.root());
        BatteryDefinition battery = new BatteryReader(fields).read(fields.root());
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        return new PlantFileEnergySections(plantFile, photovoltaic, battery);
    }
}
