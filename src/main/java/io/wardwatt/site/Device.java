package io.wardwatt.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A piece of equipment that points are read from: a meter, chiller, pump, PV inverter, battery, boiler or
 * medical device.
 *
 * @param code  unique within the site
 * @param kind  what it is, lower case: {@code meter}, {@code chiller}, {@code pv_inverter}, {@code medical}, ...
 * @param space the code of the space it stands in, or null
 */
public record Device(String code, String name, String kind, String space, String manufacturer, String model) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public Device {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
        kind = FieldChecks.clean(kind);
        kind = kind == null ? null : kind.toLowerCase(Locale.ROOT);
        space = FieldChecks.clean(space);
        manufacturer = FieldChecks.clean(manufacturer);
        model = FieldChecks.clean(model);

        FieldChecks checks = new FieldChecks();
        checks.code("code", code);
        checks.text("name", name, 200);
        if (kind == null) {
            checks.add("kind", "is required (meter, chiller, pump, pv_inverter, battery, boiler, medical, ...)");
        } else if (!KIND.matcher(kind).matches()) {
            checks.add("kind", "'" + kind + "' is not a device kind: 1-32 characters of a-z, 0-9 and '_', starting with a letter");
        }
        checks.optionalCode("space", space);
        checks.optionalText("manufacturer", manufacturer, 200);
        checks.optionalText("model", model, 200);
        checks.throwIfAny();
    }
}
