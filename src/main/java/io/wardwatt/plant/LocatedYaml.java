package io.wardwatt.plant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** A YAML document as a tree with the line each value starts on, keyed by path ({@code curves.capft.x.min}). */
final class LocatedYaml {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final String source;
    private final Map<String, Integer> lines = new HashMap<>();
    private JsonNode root;

    private LocatedYaml(String source) {
        this.source = source;
    }

    static LocatedYaml parse(String text, String source) {
        LocatedYaml document = new LocatedYaml(source);
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InvalidInputException(source, "the document is empty");
            }
            document.root = document.read(parser, "");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException(source + " line " + line, "not well-formed YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot be read: " + e.getMessage());
        }
        return document;
    }

    JsonNode root() {
        return root;
    }

    /** {@code path (file line n)}, using the nearest enclosing value that has a line when the path is missing. */
    String where(String path) {
        String current = path;
        while (!current.isEmpty() && !lines.containsKey(current)) {
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? "" : current.substring(0, cut);
        }
        Integer line = lines.get(current);
        return path + " (" + source + (line != null ? " line " + line : "") + ")";
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
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, path + "[" + array.size() + "]"));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
        }
        if (token == JsonToken.VALUE_NULL) {
            return JsonNodeFactory.instance.nullNode();
        }
        return JsonNodeFactory.instance.textNode(parser.getText());
    }
}
