package io.wardwatt.web;

import io.wardwatt.input.InputProblem;
import java.util.List;

/** The one error body of the API: what kind of error, the status, a sentence, and the problems item by item. */
public record ApiError(String exceptionType, int code, String error, List<InputProblem> problems) {
}
