package io.wardwatt.access.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.NewUser;
import io.wardwatt.access.Role;
import io.wardwatt.access.UserAccount;
import io.wardwatt.access.runtime.UserAccounts;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    /** Body of a create: the password is hashed with bcrypt and never shown again. */
    public record CreateUser(String username, String password, List<String> roles) {
    }

    public record ChangeRoles(List<String> roles) {
    }

    public record ChangePassword(String password) {
    }

    public record Me(String username, Set<String> roles) {
    }

    @Inject
    UserAccounts accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/me")
    @RolesAllowed("**")
    @Operation(summary = "Who am I: the caller's name and roles")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    @GET
    @Path("/users")
    @RolesAllowed({Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "All users with their roles")
    public List<UserAccount> list() {
        return accounts.list();
    }

    @GET
    @Path("/users/{username}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public UserAccount get(@PathParam("username") String username) {
        return accounts.find(username).orElseThrow(() -> new UnknownEntityException("user", username));
    }

    @POST
    @Path("/users")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Create a user", description = "Roles: admin, engineer, leader, reporter, auditor.")
    public Response create(CreateUser body, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON object with username, password and roles is required");
        }
        UserAccount created = accounts.create(new NewUser(body.username(), body.password(), NewUser.parseRoles(body.roles(), "roles")));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("/users/{username}/roles")
    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount changeRoles(@PathParam("username") String username, ChangeRoles body) {
        Set<Role> roles = NewUser.parseRoles(body == null ? null : body.roles(), "roles");
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "at least one role is required");
        }
        return accounts.changeRoles(username, roles);
    }

    @PUT
    @Path("/users/{username}/password")
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response changePassword(@PathParam("username") String username, ChangePassword body) {
        accounts.changePassword(username, body == null ? null : body.password());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/users/{username}")
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response delete(@PathParam("username") String username) {
        accounts.delete(username);
        return Response.noContent().build();
    }
}
