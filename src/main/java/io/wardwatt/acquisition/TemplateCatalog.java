package io.wardwatt.acquisition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates known to the service: those shipped on the class path (listed in
 * {@code acquisition/templates/index.txt}, because a directory inside a jar cannot be listed portably) and
 * those in configured directories ({@code *.yaml}). Two templates with one id are an error, whatever their source.
 */
public final class TemplateCatalog {

    public static final String SHIPPED_DIR = "acquisition/templates/";
    static final String INDEX = SHIPPED_DIR + "index.txt";

    private final Map<String, DeviceTemplate> byId;

    private TemplateCatalog(Map<String, DeviceTemplate> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** A catalog of exactly these templates (tests, the benchmark). */
    public static TemplateCatalog of(Collection<DeviceTemplate> templates) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, DeviceTemplate> byId = new TreeMap<>();
        templates.forEach(t -> add(byId, t, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TemplateCatalog(byId);
    }

    /** The shipped templates plus those of {@code dirs}; every problem of every file at once. */
    public static TemplateCatalog load(List<Path> dirs) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, DeviceTemplate> byId = new TreeMap<>();
        for (String id : shippedIds()) {
            collect(() -> TemplateReader.readResource(SHIPPED_DIR + id + ".yaml"), byId, problems);
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(new InputProblem(dir.toString(), "is not a directory of templates"));
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                        .forEach(file -> collect(() -> TemplateReader.readFile(file), byId, problems));
            } catch (IOException e) {
                problems.add(new InputProblem(dir.toString(), "cannot be listed: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TemplateCatalog(byId);
    }

    /** The ids of the templates shipped on the class path. */
    public static List<String> shippedIds() {
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(INDEX + " cannot be read", e);
        }
    }

    public Optional<DeviceTemplate> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids, sorted. */
    public List<String> ids() {
        return List.copyOf(new TreeMap<>(byId).keySet());
    }

    public List<DeviceTemplate> all() {
        return new TreeMap<>(byId).values().stream().toList();
    }

    private interface Reading {
        DeviceTemplate read();
    }

    private static void collect(Reading reading, Map<String, DeviceTemplate> byId, List<InputProblem> problems) {
        try {
            add(byId, reading.read(), problems);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static void add(Map<String, DeviceTemplate> byId, DeviceTemplate template, List<InputProblem> problems) {
        DeviceTemplate earlier = byId.putIfAbsent(template.id(), template);
        if (earlier != null) {
            problems.add(new InputProblem(template.source(), "template id " + template.id() + " is defined already by " + earlier.source()));
        }
    }
}
