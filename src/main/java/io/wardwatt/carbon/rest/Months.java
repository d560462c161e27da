package io.wardwatt.carbon.rest;

import io.wardwatt.input.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month in a path or query: YYYY-MM, or a 400 naming the parameter. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(parameter, "required: YYYY-MM, e.g. 2026-10");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "'" + text + "' is not a month: YYYY-MM, e.g. 2026-10");
        }
    }

    static YearMonth optional(String text, String parameter) {
        return text == null || text.isBlank() ? null : parse(text, parameter);
    }
}
