package io.wardwatt.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API writes every time with an offset (docs/api.md, "Time"). Plans are computed in the site's wall-clock time
 * (their documents hold local date-times, the CLI's file format); at the API's edge each such time gets the offset
 * the site's zone has at that moment: {@code 2026-12-08T14:00} becomes {@code 2026-12-08T14:00:00+08:00}.
 */
public final class WallClockTimes {

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    private WallClockTimes() {
    }

    /** The tree with every local date-time string replaced, in place; returned for chaining. */
    public static JsonNode withOffsets(JsonNode tree, ZoneId zone) {
        if (tree instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    object.set(field.getKey(), text(value, zone));
                } else {
                    withOffsets(value, zone);
                }
            }
        } else if (tree instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    array.set(i, text(value, zone));
                } else {
                    withOffsets(value, zone);
                }
            }
        }
        return tree;
    }

    /** One wall-clock time with its offset in the zone. */
    public static String withOffset(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static JsonNode text(JsonNode value, ZoneId zone) {
        String text = value.asText();
        if (!LOCAL_DATE_TIME.matcher(text).matches()) {
            return value;
        }
        return TextNode.valueOf(withOffset(LocalDateTime.parse(text), zone));
    }
}
