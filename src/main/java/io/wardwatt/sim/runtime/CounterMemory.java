package io.wardwatt.sim.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The simulated meters' counter registers kept across restarts, as real meters keep them: a properties file
 * {@code DEVICE.POINT=value}, written atomically (temporary file, then move). Without it every start would
 * begin the counters again from their initial values and the poller would see each meter run backwards.
 */
final class CounterMemory {

    private final Path file;

    CounterMemory(Path file) {
        this.file = file;
    }

    /** The counters saved last time, empty when there is no file yet. */
    Map<String, Double> load() {
        Map<String, Double> values = new TreeMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's counters from " + file, e);
        }
        properties.forEach((key, value) -> parse(value.toString()).ifPresent(v -> values.put(key.toString(), v)));
        return values;
    }

    void save(Map<String, Double> counters) {
        Properties properties = new Properties();
        counters.forEach((key, value) -> properties.setProperty(key, Double.toString(value)));
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Wardwatt simulator: counter registers (device.point = engineering value)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the simulator's counters to " + file, e);
        }
    }

    Path file() {
        return file;
    }

    private static Optional<Double> parse(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
