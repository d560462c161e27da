package io.wardwatt.input;

import java.util.Objects;

/**
 * One thing wrong with some input: {@code where} points at it (a file and line, a JSON path such as
 * {@code readings[3].ts}, a field name), {@code problem} says what is wrong in words an engineer reads.
 */
public record InputProblem(String where, String problem) {

    public InputProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return where + ": " + problem;
    }
}
