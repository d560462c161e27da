package io.wardwatt.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML file as a tree whose scalars stay the text that was written (so {@code 0x0048}, {@code 010} and
 * {@code NO} are not reinterpreted by YAML 1.1), with the line of every value, so that a problem can be
 * reported as {@code wardwatt-chiller-wc.yaml line 40: points[3] CHWST.address: ...}. Shared by every reader
 * of data files (register templates, devices files, chiller models); readers turn text into numbers themselves.
 */
public final class LocatedYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String source;
    private final Map<String, Integer> lines = new HashMap<>();
    private JsonNode root;

    private LocatedYaml(String source) {
        this.source = source;
    }

    /** @throws InvalidInputException naming the line when the text is not well-formed YAML */
    public static LocatedYaml parse(String text, String source) {
        LocatedYaml tree = new LocatedYaml(source);
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InvalidInputException(source, "the file is empty");
            }
            tree.root = tree.read(parser, "");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? source : source + " line " + at.getLineNr();
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidInputException(where, "not well-formed YAML: " + message);
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot be read: " + e.getMessage());
        }
        return tree;
    }

    public JsonNode root() {
        return root;
    }

    public String source() {
        return source;
    }

    /** The problem at a path, with file and line: the line of the path or of its nearest enclosing value. */
    public InputProblem at(String path, String problem) {
        Integer line = lineOf(path);
        String place = line == null ? source : source + " line " + line;
        return new InputProblem(path.isEmpty() ? place : place + ": " + path, problem);
    }

    /** {@code path (file line n)}: the line of the path or of its nearest enclosing value. */
    public String where(String path) {
        Integer line = lineOf(path);
        return path + " (" + source + (line != null ? " line " + line : "") + ")";
    }

    private Integer lineOf(String path) {
        String current = path;
        Integer line = lines.get(current);
        while (line == null && !current.isEmpty()) {
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? "" : current.substring(0, cut);
            line = lines.get(current);
        }
        return line;
    }

    private JsonNode read(JsonParser parser, String path) throws IOException {
        lines.put(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, read(parser, path.isEmpty() ? name : path + "." + name));
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
}
