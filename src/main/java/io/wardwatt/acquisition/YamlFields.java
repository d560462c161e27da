package io.wardwatt.acquisition;

import io.wardwatt.input.LocatedYaml;
import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the typed fields of one mapping of a {@link LocatedYaml}, collecting every problem with its place
 * instead of stopping at the first. {@code label} names the entry in messages, e.g. {@code points[3] CHWST}.
 */
final class YamlFields {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final LocatedYaml tree;
    private final JsonNode node;
    private final String path;
    private final String label;
    private final List<InputProblem> problems;

    YamlFields(LocatedYaml tree, JsonNode node, String path, String label, List<InputProblem> problems) {
        this.tree = tree;
        this.node = node;
        this.path = path;
        this.label = label;
        this.problems = problems;
    }

    /** Every key must be one of {@code known}: a misspelt key would otherwise be silently ignored. */
    void onlyKnown(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "unknown field '" + name + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problem(field, "must be a single value, not a list or mapping");
            return Optional.empty();
        }
        String text = value.asText().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<String> requiredText(String field) {
        Optional<String> text = text(field);
        if (text.isEmpty() && !node.has(field)) {
            problem(field, "is required");
        }
        return text;
    }

    /** A whole number, decimal or {@code 0x} hexadecimal (register maps are often published in hex). */
    Optional<Long> integer(String field) {
        return text(field).flatMap(text -> {
            try {
                String lower = text.toLowerCase(Locale.ROOT).replace("_", "");
                return Optional.of(lower.startsWith("0x") ? Long.parseLong(lower.substring(2), 16) : Long.parseLong(lower));
            } catch (NumberFormatException e) {
                return problem(field, "'" + text + "' is not a whole number");
            }
        });
    }

    Optional<Double> number(String field) {
        return text(field).flatMap(text -> {
            try {
                double value = Double.parseDouble(text.replace("_", ""));
                return Double.isFinite(value) ? Optional.of(value) : problem(field, "'" + text + "' is not a finite number");
            } catch (NumberFormatException e) {
                return problem(field, "'" + text + "' is not a number");
            }
        });
    }

    Optional<Boolean> bool(String field) {
        return text(field).flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> problem(field, "'" + text + "' is not true or false");
        });
    }

    /** {@code 5s}, {@code 250ms}, {@code 1m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT5S}). */
    Optional<Duration> duration(String field) {
        return text(field).flatMap(text -> {
            Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long amount = Long.parseLong(m.group(1));
                return Optional.of(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                });
            }
            try {
                return Optional.of(Duration.parse(text));
            } catch (DateTimeParseException e) {
                return problem(field, "'" + text + "' is not a duration (e.g. 5s, 250ms, 1m)");
            }
        });
    }

    /** A keyword parsed by {@code parse}; {@code known} lists the accepted words for the message. */
    <T> Optional<T> keyword(String field, Function<String, Optional<T>> parse, String known) {
        return text(field).flatMap(text -> {
            Optional<T> value = parse.apply(text);
            return value.isPresent() ? value : problem(field, "'" + text + "' is not one of " + known);
        });
    }

    /** The child mapping or list at {@code field}, if any. */
    JsonNode child(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    <T> Optional<T> problem(String field, String problem) {
        problems.add(tree.at(pathOf(field), (label == null ? "" : label + ": ") + field + " " + problem));
        return Optional.empty();
    }

    static List<InputProblem> newProblems() {
        return new ArrayList<>();
    }
}
