package io.wardwatt.site.definition;

import java.util.Locale;

/** How a site definition is written. YAML is the format of files; JSON is accepted too (the API's own). */
public enum DocumentFormat {
    YAML, JSON;

    /** JSON for {@code *.json}, YAML otherwise. */
    public static DocumentFormat ofFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    /** JSON for {@code application/json} and {@code +json} types, YAML otherwise. */
    public static DocumentFormat ofMediaType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json") ? JSON : YAML;
    }
}
