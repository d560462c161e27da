package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.input.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    @TempDir
    Path root;

    private Path modelsDir() throws IOException {
        Path models = Files.createDirectories(root.resolve("models"));
        Files.createDirectories(models.resolve("plants"));
        Files.createDirectories(models.resolve("chillers"));
        Files.writeString(models.resolve("plants/site.yaml"), "chillers: [../chillers/a.yaml]\n");
        Files.writeString(models.resolve("chillers/a.yaml"), "name: A\n");
        Files.writeString(models.resolve("README.md"), "# not data\n");
        Files.writeString(root.resolve("secret.yaml"), "password: x\n");
        return models;
    }

    private List<InputProblem> outside(String json, Path models) throws IOException {
        return ModelFiles.referencesOutside(new ObjectMapper().readTree(json), models);
    }

    @Test
    void theCopyHoldsTheDataFilesAndWritesOutTheSameLayout() throws IOException {
        Path models = modelsDir();
        Map<String, String> copy = ModelFiles.copyOf(models);
        assertEquals(Map.of("plants/site.yaml", "chillers: [../chillers/a.yaml]\n", "chillers/a.yaml", "name: A\n"), copy);

        Path written = ModelFiles.writeOut(copy);
        try {
            assertEquals("name: A\n", Files.readString(written.resolve("plants/../chillers/a.yaml")));
        } finally {
            ModelFiles.delete(written);
        }
        assertTrue(Files.notExists(written));
    }

    @Test
    void referencesInsideTheModelsDirectoryPass() throws IOException {
        Path models = modelsDir();
        assertEquals(List.of(), outside("{\"plant\": \"plants/site.yaml\", \"chillers\": [{\"curve\": {\"model\": \"chillers/a.yaml\"}},"
                + " {\"curve\": {\"type\": \"plr-cubic\", \"a\": 1}}]}", models));
        assertEquals(List.of(), outside("{\"plant\": \"plants/../plants/site.yaml\"}", models));
    }

    @Test
    void referencesLeavingTheModelsDirectoryAreNamedByTheirPath() throws IOException {
        Path models = modelsDir();
        List<InputProblem> problems = outside("{\"plant\": \"../secret.yaml\", \"chillers\": [{\"curve\": {\"model\": \"chillers/a.yaml\"}},"
                + " {\"curve\": {\"model\": \"" + root.resolve("secret.yaml") + "\"}}, {\"curve\": {\"model\": \".\"}}]}", models);
        assertEquals(List.of("plant", "chillers[1].curve.model", "chillers[2].curve.model"), problems.stream().map(InputProblem::where).toList());
        assertTrue(problems.get(0).problem().contains("'../secret.yaml' lies outside"), problems.get(0).problem());
    }

    @Test
    void aSymbolicLinkOutOfTheModelsDirectoryIsOutside() throws IOException {
        Path models = modelsDir();
        Files.createSymbolicLink(models.resolve("plants/linked.yaml"), root.resolve("secret.yaml"));
        assertEquals(List.of("plant"), outside("{\"plant\": \"plants/linked.yaml\"}", models).stream().map(InputProblem::where).toList());
    }
}
