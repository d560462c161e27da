package io.wardwatt.site;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the site model's records share. A record collects every problem of its fields before it
 * throws, so a caller learns all that is wrong with one request, each problem named by its field.
 */
final class FieldChecks {

    /** Codes appear in URL paths and in {@code SITE/POINT} keys: no slash, no space. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String CODE_RULE = "1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit";

    /** The largest area numeric(12, 2) holds is just under 10^10 m²; a billion m² is already no building. */
    static final double MAX_AREA_M2 = 1e9;

    private final List<InputProblem> problems = new ArrayList<>();

    /** Trimmed text, or null when absent or blank: an empty optional field means "not given". */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Areas are stored as numeric(12, 2): rounding here makes a re-import of the same file compare equal. */
    static Double centi(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    void code(String field, String value) {
        if (value == null) {
            add(field, "is required");
        } else {
            optionalCode(field, value);
        }
    }

    void optionalCode(String field, String value) {
        if (value != null && !CODE.matcher(value).matches()) {
            add(field, "'" + value + "' is not a code: " + CODE_RULE);
        }
    }

    void text(String field, String value, int maxLength) {
        if (value == null) {
            add(field, "is required");
        } else {
            optionalText(field, value, maxLength);
        }
    }

    void optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "is longer than " + maxLength + " characters");
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
        }
    }

    void area(String field, Double value, boolean strictlyPositive) {
        if (value == null) {
            return;
        }
        if (!Double.isFinite(value)) {
            add(field, "must be a finite number of m²");
        } else if (strictlyPositive ? value <= 0 : value < 0) {
            add(field, (strictlyPositive ? "must be more than 0 m², got " : "must be 0 m² or more, got ") + value);
        } else if (value >= MAX_AREA_M2) {
            add(field, "must be less than " + (long) MAX_AREA_M2 + " m², got " + value);
        }
    }

    void add(String field, String problem) {
        problems.add(new InputProblem(field, problem));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
