package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChillerCurveSetReaderTest {

    static final Path SHIPPED = Path.of("chiller-models/chillers");

    @Test
    void readsTheSixShippedChillersScaledTo3500Kw() {
        List<ChillerCurveSet> models = ChillerCurveSetReader.readDirectory(SHIPPED);

        assertEquals(List.of("CH1-york-yt-vanes", "CH2-trane-cvhe-vanes", "CH3-york-ys-screw", "CH4-carrier-19xr-vsd",
                "CH5-york-yt-1055-vanes", "CH6-york-ys-781-screw"), models.stream().map(ChillerCurveSet::name).toList());
        for (ChillerCurveSet model : models) {
            assertEquals(3500.0, model.reference().capacityKw());
            assertEquals(6.67, model.reference().leavingChilledWaterC());
            assertEquals(29.44, model.reference().enteringCondenserWaterC());
        }
        ChillerCurveSet york = models.get(0);
        assertEquals("ElectricEIRChiller York YT 1758kW/6.28COP/Vanes", york.sourceObject());
        assertEquals(6.28, york.reference().cop());
        assertEquals(0.2, york.minimumPartLoadRatio());
        assertEquals(List.of(0.7079149, -0.002006276, -0.002596043, 0.03005922, -0.001056423, 0.002045705),
                york.capacityFunctionOfTemperature().coefficients());
        assertEquals(List.of(0.1861223, 0.5482049, 0.2647377), york.eirFunctionOfPartLoad().coefficients());
        assertEquals(new CurveRange(15.56, 35.0), york.capacityFunctionOfTemperature().y());
        // CH1's scaled evaporator flow keeps the original data set's temperature difference (0.07571 m3/s at 1758.3 kW).
        assertEquals(0.07571 * 3500 / 1758.3, york.reference().chilledWaterFlowM3s(), 1e-4);
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsFieldAndLine() {
        String yaml = """
                name: broken
                source: {object: "x"}
                reference:
                  capacityKw: -5
                  cop: 6
                  leavingChilledWaterC: 6.67
                  enteringCondenserWaterC: 29.44
                  chilledWaterFlowM3s: 0.15
                partLoad: {minimum: 0.5, maximum: 0.4}
                curves:
                  capft: {form: biquadratic, coefficients: [1, 0, 0, 0, 0], x: {min: 4, max: 9}, y: {min: 15, max: 35}}
                  eirft: {form: biquadratic, coefficients: [1, 0, 0, 0, 0, 0], x: {min: 9, max: 4}, y: {min: 15, max: 35}}
                  eirfplr: {form: quadratic, coefficients: [1, 0, "x"], x: {min: 0.1, max: 1}}
                """;

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ChillerCurveSetReader.read(yaml, "broken.yaml"));

        assertEquals(Set.of(
                "reference.capacityKw (broken.yaml line 4): must be above 0, got -5.0",
                "reference.condenserWaterFlowM3s (broken.yaml line 4): missing",
                "partLoad.minimum (broken.yaml line 9): must be at least 0 and below partLoad.maximum (0.4), got 0.5",
                "partLoad.maximum (broken.yaml line 9): must be between 1 and 1.2, got 0.4",
                "curves.capft.coefficients (broken.yaml line 11): must hold 6 numbers for this form, got 5",
                "curves.eirft.x (broken.yaml line 12): min 9.0 must be below max 4.0",
                "curves.eirfplr.coefficients[2] (broken.yaml line 13): not a number: x"), texts(error));
    }

    @Test
    void aCurveThatFallsToZeroInsideItsRangeIsImpossible() {
        // At part load 0.2 (the bottom of the range) this curve is -0.2 + 1.2 * 0.2 - 0.04 = 0.0: no power at all.
        String yaml = validFile().replace("coefficients: [0.1861223, 0.5482049, 0.2647377]", "coefficients: [-0.2, 1.2, -1.0]");

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ChillerCurveSetReader.read(yaml, "ch.yaml"));

        assertEquals(1, error.problems().size());
        assertEquals("curves.eirfplr (ch.yaml line 39)", error.problems().get(0).where());
        assertTrue(error.problems().get(0).problem().endsWith("inside its range; an EIR curve must stay positive"), error.getMessage());
    }

    @Test
    void aCurveFarFromOneAtTheReferencePointIsAUnitMixUp() {
        // CAPFT giving kW instead of a ratio: about 3,500 at the reference point.
        String yaml = validFile().replace("coefficients: [0.7079149,", "coefficients: [3500.7079149,");

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ChillerCurveSetReader.read(yaml, "ch.yaml"));

        assertEquals(1, error.problems().size());
        InputProblem problem = error.problems().get(0);
        assertEquals("curves.capft (ch.yaml line 27)", problem.where());
        assertTrue(problem.problem().startsWith("is 3500.9") && problem.problem().endsWith("a normalised curve is about 1 there"), problem.problem());
    }

    @Test
    void aDirectoryWithABrokenFileNamesTheFileAndLine(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("a.yaml"), validFile());
        Files.writeString(directory.resolve("b.yaml"), "name: [unclosed\n");

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ChillerCurveSetReader.readDirectory(directory));

        assertEquals(1, error.problems().size());
        assertTrue(error.problems().get(0).where().startsWith(directory.resolve("b.yaml") + " line "), error.getMessage());
    }

    static String validFile() {
        try {
            return Files.readString(SHIPPED.resolve("ch1-york-yt-vanes.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> texts(InvalidInputException error) {
        return error.problems().stream().map(InputProblem::toString).collect(Collectors.toSet());
    }
}
