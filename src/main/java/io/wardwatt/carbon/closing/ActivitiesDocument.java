package io.wardwatt.carbon.closing;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.carbon.activity.Activity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What went into a month's ledger: the activities in the order the calculation took them (metered ones by carrier,
 * then the entries by id) and notes on what was left out (a configured meter the site does not have, a meter with
 * anomalous steps or without readings). Stored beside the ledger, covered by its hash, and written again by a
 * verification from the raw readings and the stored entries: the two texts must be equal.
 */
public record ActivitiesDocument(List<BookedActivity> activities, List<String> notes) {

    public ActivitiesDocument {
        activities = List.copyOf(activities);
        notes = List.copyOf(notes);
    }

    public List<Activity> forCalculation() {
        return activities.stream().map(BookedActivity::activity).toList();
    }

    /** The canonical text: the same document always gives the same characters. */
    public String write() {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (BookedActivity a : activities) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("carrier", a.carrier());
            item.put("quantity", a.quantity());
            item.put("unit", a.unit());
            item.put("source", a.source());
            item.put("origin", a.origin());
            if (a.correction()) {
                item.put("correction", true);
            }
            if (a.entryId() != null) {
                item.put("entryId", a.entryId());
            }
            if (!a.meters().isEmpty()) {
                List<Object> meters = new ArrayList<>();
                for (MeterShare m : a.meters()) {
                    Map<String, Object> meter = new LinkedHashMap<>();
                    meter.put("pointId", m.pointId());
                    meter.put("point", m.point());
                    meter.put("unit", m.unit());
                    meter.put("quantity", m.quantity());
                    meter.put("anomalies", m.anomalies());
                    meters.add(meter);
                }
                item.put("meters", meters);
            }
            items.add(item);
        }
        json.put("activities", items);
        json.put("notes", notes);
        return CanonicalJson.write(json);
    }

    /** Reads a stored document back. */
    public static ActivitiesDocument read(String text) {
        JsonNode root = CanonicalJson.read(text, "the activities document");
        List<BookedActivity> activities = new ArrayList<>();
        for (JsonNode item : root.path("activities")) {
            List<MeterShare> meters = new ArrayList<>();
            for (JsonNode m : item.path("meters")) {
                meters.add(new MeterShare(m.path("pointId").asInt(), m.path("point").asText(), m.path("unit").asText(),
                        m.path("quantity").decimalValue(), m.path("anomalies").asInt()));
            }
            activities.add(new BookedActivity(item.path("carrier").asText(), item.path("quantity").decimalValue(), item.path("unit").asText(),
                    item.path("source").asText(), item.path("origin").asText(), item.path("correction").asBoolean(false), meters,
                    item.hasNonNull("entryId") ? item.get("entryId").asLong() : null));
        }
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(note -> notes.add(note.asText()));
        return new ActivitiesDocument(activities, notes);
    }
}
