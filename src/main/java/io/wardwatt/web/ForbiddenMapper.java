package io.wardwatt.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 403 says what would have been allowed: the roles the endpoint's {@code @RolesAllowed} names (the method's, else its
 * class's) and the roles the caller has, so a user knows whom to ask and a developer sees a wrong annotation at once.
 */
public class ForbiddenMapper {

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource) {
        String message = "forbidden: " + needed(resource) + "; you have " + held();
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.getClass().getSimpleName(), 403, message, List.of())).build();
    }

    private static String needed(ResourceInfo resource) {
        RolesAllowed allowed = null;
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            allowed = method.getAnnotation(RolesAllowed.class);
            if (allowed == null) {
                allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            }
        }
        if (allowed == null || allowed.value().length == 0) {
            // A path-based policy refused the request before an endpoint was chosen.
            return "this path is not open to your roles";
        }
        return (allowed.value().length == 1 ? "needs " : "needs one of ") + String.join(", ", allowed.value());
    }

    private String held() {
        List<String> roles = identity == null || identity.isAnonymous() ? List.of() : identity.getRoles().stream().sorted().toList();
        return roles.isEmpty() ? "no role" : String.join(", ", roles);
    }
}
