package io.wardwatt.site;

import java.util.List;

/**
 * A space with everything inside it.
 *
 * @param areaM2          the space's own recorded area, or null
 * @param spaceUnits      how many space units the subtree holds (the space itself included)
 * @param spaceUnitAreaM2 the summed area of those space units
 */
public record SpaceTree(String code, String name, SpaceLevel level, Double areaM2, int spaceUnits, double spaceUnitAreaM2,
                        List<SpaceTree> children) {
}
