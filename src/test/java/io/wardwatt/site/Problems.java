package io.wardwatt.site;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the problems an {@link InvalidInputException} lists. */
public final class Problems {

    private Problems() {
    }

    public static List<InputProblem> of(Executable action) {
        return assertThrows(InvalidInputException.class, action).problems();
    }

    /** One problem is at exactly {@code where} and its text contains {@code text}. */
    public static void assertProblem(List<InputProblem> problems, String where, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.where().equals(where) && p.problem().contains(text)),
                () -> "expected '" + where + ": ..." + text + "...' among\n" + list(problems));
    }

    public static String list(List<InputProblem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
