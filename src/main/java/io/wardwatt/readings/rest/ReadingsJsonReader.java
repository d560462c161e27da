package io.wardwatt.readings.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.IncomingReading;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads {@code {"readings": [{"point": .., "pointId": .., "ts": .., "value": .., "quality": ..}, ...]}} as a
 * stream, handing each item on as it is read, so a 64 MB body is never held as a tree. Scalars are kept as
 * the text received and judged by the validator ({@code "value": NaN} is read, then refused for that item
 * alone); malformed JSON refuses the whole body, naming line and column.
 */
final class ReadingsJsonReader {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private ReadingsJsonReader() {
    }

    /** @throws InvalidInputException when the body is not JSON of the expected shape */
    static void read(InputStream body, Consumer<IncomingReading> items) throws IOException {
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw shape(json, "body", "expected a JSON object {\"readings\": [...]}");
            }
            boolean found = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (!"readings".equals(field)) {
                    json.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw shape(json, "readings", "must be an array of readings");
                }
                found = true;
                readItems(json, items);
            }
            if (!found) {
                throw new InvalidInputException("readings", "missing: the body must be {\"readings\": [...]}");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static void readItems(JsonParser json, Consumer<IncomingReading> items) throws IOException {
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (json.currentToken() != JsonToken.START_OBJECT) {
                throw shape(json, "readings[" + index + "]", "must be an object");
            }
            String point = null;
            String pointId = null;
            String ts = null;
            String value = null;
            String quality = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "point" -> point = scalarText(json);
                    case "pointId" -> pointId = scalarText(json);
                    case "ts" -> ts = scalarText(json);
                    case "value" -> value = scalarText(json);
                    case "quality" -> quality = scalarText(json);
                    default -> json.skipChildren();
                }
            }
            items.accept(new IncomingReading(point, pointId, ts, value, quality));
            index++;
        }
    }

    /** The text of a scalar as sent ({@code 123.4}, {@code NaN}); null for null; a stand-in for an object or array. */
    private static String scalarText(JsonParser json) throws IOException {
        return switch (json.currentToken()) {
            case VALUE_NULL -> null;
            case START_OBJECT -> {
                json.skipChildren();
                yield "{...}";
            }
            case START_ARRAY -> {
                json.skipChildren();
                yield "[...]";
            }
            default -> json.getText();
        };
    }

    private static InvalidInputException shape(JsonParser json, String where, String problem) {
        JsonLocation at = json.currentLocation();
        return new InvalidInputException(where, problem + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    private static InvalidInputException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "body" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new InvalidInputException(where, "malformed JSON: " + e.getOriginalMessage());
    }
}
