package io.wardwatt.site;

/**
 * A place in a site's space hierarchy: a campus, building, floor, department or space unit (a room or a
 * group of rooms with one use). Where it sits is checked against its parent by {@link SpaceHierarchy}.
 *
 * @param code   unique within the site
 * @param parent the code of the enclosing space in the same site, or null at the top
 * @param areaM2 floor area in m² (0 or more, kept to 0.01 m²), or null when not recorded
 */
public record Space(String code, String name, SpaceLevel level, String parent, Double areaM2) {

    public Space {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
        parent = FieldChecks.clean(parent);
        areaM2 = FieldChecks.centi(areaM2);

        FieldChecks checks = new FieldChecks();
        checks.code("code", code);
        checks.text("name", name, 200);
        checks.required("level", level);
        checks.optionalCode("parent", parent);
        if (level == SpaceLevel.CAMPUS && parent != null) {
            checks.add("parent", "a CAMPUS is the outermost level and has no parent (got '" + parent + "')");
        } else if (parent != null && parent.equals(code)) {
            checks.add("parent", "a space cannot be its own parent");
        }
        checks.area("areaM2", areaM2, false);
        checks.throwIfAny();
    }
}
