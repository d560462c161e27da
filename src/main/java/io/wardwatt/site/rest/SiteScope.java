package io.wardwatt.site.rest;

import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every resource under {@code /api/sites/{site}/...} is about a stored site: an unknown one is a 404 naming it,
 * before the resource reads anything (docs/api.md, "Site scoping").
 */
public class SiteScope {

    @Inject
    SiteService sites;

    @ServerRequestFilter
    public void knownSite(ContainerRequestContext request) {
        String site = request.getUriInfo().getPathParameters().getFirst("site");
        if (site != null && request.getUriInfo().getPath().startsWith("/api/sites/") && sites.find(site).isEmpty()) {
            throw new UnknownEntityException("site", site);
        }
    }
}
