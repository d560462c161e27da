package io.wardwatt.site.definition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML or JSON document as a tree, with the line and column every value starts at, keyed by its path
 * ({@code spaces[3].parent}). Scalars are kept as the text that was written: YAML would otherwise turn
 * {@code code: 0101} into the number 65 and {@code province: NO} into {@code false}; the readers parse
 * numbers themselves and say which field is not one.
 */
final class ParsedDocument {

    /** SnakeYAML refuses documents over 3 MB by default; the real hospital's full model is larger than that. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = yamlFactory();

    record Location(int line, int column) {
    }

    private final String source;
    private final Map<String, Location> locations = new HashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private JsonNode root;

    private ParsedDocument(String source) {
        this.source = source;
    }

    /**
     * Parses a document.
     *
     * @param source the file name for messages, or null when the text came from elsewhere
     * @throws InvalidInputException naming line and column when the text is not well-formed
     */
    static ParsedDocument parse(String text, DocumentFormat format, String source) {
        ParsedDocument document = new ParsedDocument(source);
        JsonFactory factory = format == DocumentFormat.JSON ? JSON : YAML;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(document.sourceOnly(), "the document is empty");
            }
            document.root = document.read(parser, "");
            if (parser.nextToken() != null) {
                document.problems.add(new InputProblem(document.where("", location(parser)),
                        "a second document: a file defines one site (remove the '---' and what follows)"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? document.sourceOnly() : document.where("", new Location(at.getLineNr(), at.getColumnNr()));
            throw new InvalidInputException(where, "not well-formed " + format + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidInputException(document.sourceOnly(), "cannot be read: " + e.getMessage());
        }
        if (!document.problems.isEmpty()) {
            throw new InvalidInputException(document.problems);
        }
        return document;
    }

    JsonNode root() {
        return root;
    }

    /** The problem with its location appended: {@code spaces[3].parent (site.yaml line 42, column 11)}. */
    InputProblem locate(InputProblem problem) {
        Location at = locationOf(problem.where());
        if (at == null) {
            return source == null ? problem : new InputProblem(problem.where() + " (" + source + ")", problem.problem());
        }
        return new InputProblem(where(problem.where(), at), problem.problem());
    }

    /** The line a problem points at, for sorting problems in reading order; 0 when unknown. */
    int lineOf(InputProblem problem) {
        Location at = locationOf(problem.where());
        return at == null ? 0 : at.line();
    }

    /** The location of the path, or of the nearest enclosing value that has one (a missing field: its entry). */
    private Location locationOf(String path) {
        String current = path;
        while (true) {
            Location at = locations.get(current);
            if (at != null || current.isEmpty()) {
                return at;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? "" : current.substring(0, cut);
        }
    }

    private JsonNode read(JsonParser parser, String path) throws IOException {
        locations.put(path, location(parser));
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Map<String, Integer> firstLine = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Location keyAt = location(parser);
                parser.nextToken();
                String childPath = path.isEmpty() ? name : path + "." + name;
                if (firstLine.containsKey(name)) {
                    problems.add(new InputProblem(where(childPath, keyAt), "'" + name + "' appears twice in one mapping (first on line "
                            + firstLine.get(name) + ")"));
                    read(parser, childPath + "#" + keyAt.line());
                    continue;
                }
                firstLine.put(name, keyAt.line());
                object.set(name, read(parser, childPath));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, path + "[" + index++ + "]"));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NULL) {
            return JsonNodeFactory.instance.nullNode();
        }
        return JsonNodeFactory.instance.textNode(parser.getText());
    }

    private String where(String path, Location at) {
        String place = (source == null ? "" : source + " ") + "line " + at.line() + ", column " + at.column();
        return path.isEmpty() ? place : path + " (" + place + ")";
    }

    private String sourceOnly() {
        return source == null ? "document" : source;
    }

    private static Location location(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(at.getLineNr(), at.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
