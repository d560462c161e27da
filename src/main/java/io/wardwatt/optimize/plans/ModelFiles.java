package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plant and chiller model files a scenario may read: only those inside the models directory. A plan stores a
 * copy of them beside its scenario, so it is solved again (after a restart, as a replay) from exactly the inputs
 * it was requested with, even once the files have been edited.
 */
public final class ModelFiles {

    /** A copy larger than this is not a models directory but a mistake in the configuration. */
    static final long MAX_COPY_BYTES = 4L * 1024 * 1024;

    private ModelFiles() {
    }

    /** Every data file (YAML or JSON) under the directory, by path relative to it with {@code /} separators. */
    public static Map<String, String> copyOf(Path modelsDir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(modelsDir)) {
            return files;
        }
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(modelsDir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(ModelFiles::isDataFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                bytes += text.length();
                if (bytes > MAX_COPY_BYTES) {
                    throw new IllegalStateException("the models directory " + modelsDir + " holds more than " + MAX_COPY_BYTES
                            + " bytes of YAML and JSON: plans copy it with their inputs, so keep only models and plants there");
                }
                files.put(relative(modelsDir, file), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models directory " + modelsDir, e);
        }
        return files;
    }

    /** Writes a stored copy out to a new temporary directory, laid out as the models directory was. */
    public static Path writeOut(Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory("wardwatt-plan-inputs-");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("stored model file name " + file.getKey() + " leaves its directory");
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a plan's model files out", e);
        }
    }

    public static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /**
     * The scenario's file references ({@code plant}, {@code chillers[i].curve.model}) that lead outside the models
     * directory once resolved against it and normalised (through {@code ..}, an absolute path or a symbolic link).
     */
    public static List<InputProblem> referencesOutside(JsonNode scenario, Path modelsDir) {
        List<InputProblem> problems = new ArrayList<>();
        check(scenario.get("plant"), "plant", modelsDir, problems);
        JsonNode chillers = scenario.get("chillers");
        if (chillers != null && chillers.isArray()) {
            for (int i = 0; i < chillers.size(); i++) {
                JsonNode curve = chillers.get(i).get("curve");
                if (curve != null) {
                    check(curve.get("model"), "chillers[" + i + "].curve.model", modelsDir, problems);
                }
            }
        }
        return problems;
    }

    private static void check(JsonNode reference, String where, Path modelsDir, List<InputProblem> problems) {
        if (reference == null || !reference.isTextual()) {
            return; // absent, or inline fields: nothing is read from disk
        }
        String text = reference.asText();
        Path base = modelsDir.toAbsolutePath().normalize();
        boolean inside;
        try {
            Path target = base.resolve(text).normalize();
            inside = target.startsWith(base) && !target.equals(base);
            if (inside && Files.exists(target)) {
                inside = target.toRealPath().startsWith(base.toRealPath());
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            inside = false;
        }
        if (!inside) {
            problems.add(new InputProblem(where, "'" + text + "' lies outside the models directory " + modelsDir
                    + ": a scenario may only name plant and chiller model files inside it, relative to it"));
        }
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
