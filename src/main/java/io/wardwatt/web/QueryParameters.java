package io.wardwatt.web;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The request parameters every resource reads the same way, with the same 400 (naming the parameter) or 404. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A date YYYY-MM-DD; null when not given. */
    public static LocalDate date(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    /** A year (2026); null when not given or blank. */
    public static Integer year(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "not a year: '" + text + "'");
        }
    }

    /** A date YYYY-MM-DD that must be given. */
    public static LocalDate requiredDate(String name, String text) {
        if (text == null) {
            throw new InvalidInputException(name, "the query parameter " + name + " (YYYY-MM-DD) is required");
        }
        return date(name, text);
    }

    /** An ISO-8601 instant; null when not given. */
    public static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not an ISO 8601 instant such as 2026-01-31T16:00:00Z");
        }
    }

    /** An id in a path: one that is not a UUID names nothing, a 404 like any unknown id. */
    public static UUID id(String entity, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new UnknownEntityException(entity, text);
        }
    }
}
