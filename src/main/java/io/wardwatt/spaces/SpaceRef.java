package io.wardwatt.spaces;

import io.wardwatt.readings.query.SpaceNode;
import io.wardwatt.site.SpaceLevel;

/** A space of the site as space energy needs it: identity, place in the tree, name and level. */
public record SpaceRef(long id, Long parentId, String code, String name, SpaceLevel level) {

    public SpaceNode node() {
        return new SpaceNode(id, parentId, code);
    }
}
