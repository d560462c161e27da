package io.wardwatt.plant;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.regex.Pattern;

/**
 * Clock times in data files, written {@code HH:MM} (00:00..23:59, and 24:00 for the end of a day), and daily windows
 * {@code {from: "18:00", to: "07:00"}} built from them. Shared by the plant file's battery sections and the tariffs.
 */
public final class ClockTimeField {

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    private ClockTimeField() {
    }

    /** The time at the key as minutes since midnight (24:00 = 1,440), or -1 after reporting why not. */
    public static int minuteOfDay(LocatedFields fields, JsonNode parent, String path, String key) {
        String text = fields.text(parent, path, key, null);
        if (text == null) {
            if (!LocatedFields.present(parent.get(key))) {
                fields.problem(LocatedFields.child(path, key), "missing: a time HH:MM");
            }
            return -1;
        }
        if (!HH_MM.matcher(text).matches()) {
            fields.problem(LocatedFields.child(path, key), "not a time HH:MM: '" + text + "'");
            return -1;
        }
        return Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(3));
    }

    /** The window {from, to} at the key; null after reporting why not (absent: reported only when required). */
    public static ClockWindow window(LocatedFields fields, JsonNode parent, String path, String key, boolean required) {
        JsonNode node = fields.object(parent, path, key, required);
        if (node == null) {
            return null;
        }
        String where = LocatedFields.child(path, key);
        return window(fields, node, where);
    }

    /** A window from the mapping {@code node} (which may carry other keys, e.g. a power); null after reporting why not. */
    public static ClockWindow window(LocatedFields fields, JsonNode node, String where) {
        int from = minuteOfDay(fields, node, where, "from");
        int to = minuteOfDay(fields, node, where, "to");
        if (from < 0 || to < 0) {
            return null;
        }
        if (from == ClockWindow.DAY_MINUTES) {
            fields.problem(where + ".from", "a window starts at 00:00..23:59, not 24:00");
            return null;
        }
        if (from == to % ClockWindow.DAY_MINUTES && !(from == 0 && to == ClockWindow.DAY_MINUTES)) {
            fields.problem(where, "from and to are the same time; a window that lasts the whole day is from 00:00 to 24:00");
            return null;
        }
        return new ClockWindow(from, to);
    }
}
