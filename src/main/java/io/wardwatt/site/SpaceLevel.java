package io.wardwatt.site;

/** The levels of the space hierarchy, outermost first; a space's parent is at a lower ordinal. */
public enum SpaceLevel {
    CAMPUS, BUILDING, FLOOR, DEPARTMENT, SPACE_UNIT
}
