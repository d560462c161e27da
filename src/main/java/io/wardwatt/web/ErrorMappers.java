package io.wardwatt.web;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception into an {@link ApiError} with a status that means something (403: {@link ForbiddenMapper}). */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return body(400, e, e.problems());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<InputProblem> problems = e.getConstraintViolations().stream()
                .map(v -> new InputProblem(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(InputProblem::where))
                .toList();
        return body(400, e, problems);
    }

    /** A body whose JSON is broken or of the wrong shape: say where, by JSON path and by line and column. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        String where = "body";
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining()).replaceFirst("^\\.", "");
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        String position = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        InputProblem problem = new InputProblem(where, e.getOriginalMessage() + position);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.getClass().getSimpleName(), 400, "Unreadable JSON: " + problem, List.of(problem)))
                .build();
    }

    /** Named apart from its parent type: Quarkus has a built-in mapper for exactly this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response conflict(StateConflictException e) {
        return body(409, e, List.of());
    }

    @ServerExceptionMapper
    public Response unknown(UnknownEntityException e) {
        return body(404, e, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return unreadableJson(json); // the JSON reader wraps parse errors; the cause says where
        }
        int status = e.getResponse().getStatus();
        return body(status, e, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e) {
        return Response.fromResponse(body(401, e, List.of())).header("WWW-Authenticate", "Basic realm=\"wardwatt\"").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e) {
        return Response.fromResponse(body(401, e, List.of())).header("WWW-Authenticate", "Basic realm=\"wardwatt\"").build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error while serving a request", e);
        return body(500, e, List.of());
    }

    private static Response body(int status, Exception e, List<InputProblem> problems) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.getClass().getSimpleName(), status, message, problems))
                .build();
    }

    /** "create.arg0.name" -> "name": the method and parameter prefix means nothing to a client. */
    private static String leaf(String path) {
        String[] parts = path.split("\\.");
        int start = parts.length > 2 ? 2 : parts.length - 1;
        return String.join(".", java.util.Arrays.copyOfRange(parts, start, parts.length));
    }
}
