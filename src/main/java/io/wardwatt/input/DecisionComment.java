package io.wardwatt.input;

import java.util.Optional;

/**
 * The comment a person gives with a decision (approving a plan, overriding the plant, acknowledging an alert): required,
 * at most {@value #MAX_LENGTH} characters, kept without surrounding blanks. It goes into the audit log with the decision.
 */
public final class DecisionComment {

    public static final int MAX_LENGTH = 2000;

    private DecisionComment() {
    }

    /**
     * @param hint what the comment should say, for the message ("say why")
     * @return the comment, stripped
     * @throws InvalidInputException at {@code comment} when it is missing, blank or too long
     */
    public static String require(String comment, String hint) {
        Optional<InputProblem> problem = problem(comment, hint);
        if (problem.isPresent()) {
            throw new InvalidInputException(java.util.List.of(problem.get()));
        }
        return comment.strip();
    }

    /** What is wrong with the comment, for a check that names every problem of a request at once. */
    public static Optional<InputProblem> problem(String comment, String hint) {
        if (comment == null || comment.isBlank()) {
            return Optional.of(new InputProblem("comment", "a comment is required: " + hint));
        }
        if (comment.length() > MAX_LENGTH) {
            return Optional.of(new InputProblem("comment", "at most " + MAX_LENGTH + " characters, got " + comment.length()));
        }
        return Optional.empty();
    }
}
