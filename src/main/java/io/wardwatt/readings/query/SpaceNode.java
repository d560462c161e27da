package io.wardwatt.readings.query;

/** A space of the site's hierarchy as the consumption query needs it. */
public record SpaceNode(long id, Long parentId, String code) {
}
