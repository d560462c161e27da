package io.wardwatt.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers the API's old paths ({@link MovedPaths}): a read is redirected (301) to the new path with its query, a
 * write is refused (410) naming the new path, so that no old request silently means something else. Null: not an
 * old form, the request goes on.
 */
public class MovedPathFilter {

    @ServerRequestFilter(preMatching = true)
    public Response moved(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Optional<MovedPaths.Match> match = MovedPaths.match(path);
        if (match.isEmpty()) {
            return null;
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String site = site(match.get(), query);
        String newPath = match.get().newPath(site);
        String rest = query == null ? "" : Arrays.stream(query.split("&")).filter(p -> !p.equals("site") && !p.startsWith("site="))
                .collect(Collectors.joining("&"));
        String target = rest.isEmpty() ? newPath : newPath + "?" + rest;
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            // Relative, as sent: an absolute one would name the host as the server sees it, and a browser that loaded the
            // page under another name for it would follow cross-origin and drop its credentials.
            return Response.status(Response.Status.MOVED_PERMANENTLY).header("Location", target).build();
        }
        return Response.status(Response.Status.GONE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("MovedPath", 410, method + " " + path + " has moved to " + method + " " + target
                        + " (docs/api.md): send the request there", List.of())).build();
    }

    private static String site(MovedPaths.Match match, String query) {
        if (match.move().siteInPath()) {
            return match.variables().get("site");
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("site=") && pair.length() > 5) {
                    return pair.substring(5); // already percent-encoded, as a path segment needs
                }
            }
        }
        return ConfigProvider.getConfig().getOptionalValue(match.move().defaultSiteKey(), String.class).orElse("HOSP");
    }
}
