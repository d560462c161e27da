package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantDefinitionReaderTest {

    static final Path DEMO = Path.of("chiller-models/plants/demo-hospital.yaml");

    @TempDir
    Path dir;

    @Test
    void readsTheDemoHospitalPlant() {
        PlantDefinition plant = PlantDefinitionReader.readFile(DEMO);

        assertEquals("demo-hospital", plant.name());
        assertEquals(List.of("CH1", "CH2", "CH3", "CH4", "CH5", "CH6"), plant.chillers().stream().map(PlantChiller::id).toList());
        assertEquals(21_000, plant.referenceCapacityKw(), 1e-6);
        assertEquals(24, plant.pumps().size());
        assertEquals(6, plant.pumps().stream().filter(p -> p.role() == PumpRole.PRIMARY).count());
        assertEquals(6, plant.pumps().stream().filter(p -> p.role() == PumpRole.CONDENSER).count());
        assertEquals(List.of("PCHWP1", "CWP1"), List.of(plant.chillers().get(0).primaryPump().id(), plant.chillers().get(0).condenserPump().id()));
        assertEquals(List.of("Z1", "Z2", "Z3"), plant.zones().stream().map(PlantZone::id).toList());
        assertEquals(1.0, plant.zones().stream().mapToDouble(PlantZone::loadShare).sum(), 1e-9);
        plant.zones().forEach(z -> assertEquals(4, z.pumpIds().size(), z.id()));
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5), plant.rules().supplySetpointsC());
        assertEquals(1, plant.rules().spareUnits());
        assertEquals(7.0, plant.conventional().fixedSetpointC());
    }

    @Test
    void demoPumpsAreSizedForTheChillersAndTheSimulatorsDesignPoint() {
        PlantDefinition plant = PlantDefinitionReader.readFile(DEMO);
        PlantChiller ch1 = plant.chillers().get(0);
        // The simulator's figures: 15 m at 0.72 wire-to-water (primary), 22 m at 0.74 (condenser), rho g Q H / eta.
        double primary = 998 * 9.81 * ch1.model().reference().chilledWaterFlowM3s() * 15 / 0.72 / 1000;
        double condenser = 998 * 9.81 * ch1.model().reference().condenserWaterFlowM3s() * 22 / 0.74 / 1000;
        assertEquals(primary, ch1.primaryDuty().powerKw(), primary * 0.02);
        assertEquals(condenser, ch1.condenserDuty().powerKw(), condenser * 0.02);
        assertEquals(15 * Water.KPA_PER_METRE, ch1.primaryDuty().headKpa(), 0.02 * 15 * Water.KPA_PER_METRE);

        // Each zone: design flow = share x 17,500 kW over 5 K, carried by 3 pumps a little below full speed (the pumps
        // are selected with a head margin) against the zone's 32 m.
        for (PlantZone zone : plant.zones()) {
            double designFlow = zone.loadShare() * 17_500 / (4.186 * 998 * 5);
            assertEquals(designFlow, zone.designFlowM3s(), designFlow * 0.001, zone.id());
            assertEquals(designFlow, zone.flowM3s(zone.loadShare() * 17_500, 7.0), designFlow * 1e-9, zone.id());
            GroupDuty three = zone.pumps().duty(zone.designFlowM3s(), 3);
            assertTrue(three.feasible(), three.infeasibleReason());
            assertTrue(three.speedFraction() > 0.95 && three.speedFraction() < 1.0, zone.id() + " at " + three.speedFraction());
            assertEquals(32 * Water.KPA_PER_METRE, three.headKpa(), 1e-6, zone.id());
        }
    }

    private List<InputProblem> problems(String yaml) throws IOException {
        Path file = dir.resolve("plant.yaml");
        Files.writeString(file, yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlantDefinitionReader.readFile(file));
        return e.problems();
    }
}
