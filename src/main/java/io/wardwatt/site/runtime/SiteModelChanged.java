package io.wardwatt.site.runtime;

/** Fired inside a transaction that changed the site model of a site. */
public record SiteModelChanged(String siteCode) {
}
