package io.wardwatt.alerts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An alert's words as a message key and its arguments, so a reader sees it in their language: the web UI fills the
 * bundle's text for {@code key} ({@code "{device} drew {drawKw} kW ..."}) with {@code args}. Arguments are numbers
 * (formatted by the reader's locale) or short texts (device codes, meter groups), never sentences of their own.
 */
public record AlertMessage(String key, Map<String, Object> args) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9.-]{0,127}");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,63}");

    public AlertMessage {
        Objects.requireNonNull(key, "message key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("alert message key '" + key + "': letters, digits, '.' and '-', starting with a-z");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        (args == null ? Map.<String, Object>of() : args).forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("alert message argument '" + name + "': a name of letters and digits");
            }
            if (!(value instanceof Number || value instanceof String)) {
                throw new IllegalArgumentException("alert message argument '" + name + "' must be a number or a text, got " + value);
            }
            copy.put(name, value);
        });
        args = Collections.unmodifiableMap(copy);
    }

    /** The arguments as name, value pairs: {@code of("alert.text.x", "device", "MRI2", "drawKw", 17.5)}. */
    public static AlertMessage of(String key, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("alert message arguments come in name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            args.put((String) pairs[i], pairs[i + 1]);
        }
        return new AlertMessage(key, args);
    }
}
