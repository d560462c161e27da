package io.wardwatt.input;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted; nothing was stored. Maps to HTTP 400 and CLI exit code 2. */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String where, String problem) {
        this(List.of(new InputProblem(where, problem)));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems: " + problems.stream().limit(5).map(InputProblem::toString).collect(Collectors.joining("; "))
                + (problems.size() > 5 ? "; ..." : "");
    }
}
