package io.wardwatt.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.site.SpaceHierarchy.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpaceHierarchyTest {

    private static Space space(String code, SpaceLevel level, String parent, Double area) {
        return new Space(code, code, level, parent, area);
    }

    private static final List<Space> HOSPITAL = List.of(
            space("CAMPUS", SpaceLevel.CAMPUS, null, null),
            space("B1", SpaceLevel.BUILDING, "CAMPUS", 1000.0),
            space("B1-F1", SpaceLevel.FLOOR, "B1", 500.0),
            space("ICU", SpaceLevel.DEPARTMENT, "B1-F1", 300.0),
            space("ICU-1", SpaceLevel.SPACE_UNIT, "ICU", 120.0),
            space("ICU-2", SpaceLevel.SPACE_UNIT, "ICU", 130.0),
            space("STORE", SpaceLevel.SPACE_UNIT, "B1-F1", 50.0));

    @Test
    void outerLevelsHoldInnerOnesAndLevelsMayBeSkipped() {
        assertTrue(SpaceHierarchy.placementProblem(HOSPITAL.get(6), HOSPITAL.get(2)).isEmpty(), "a space unit directly on a floor");
        assertTrue(new SpaceHierarchy(HOSPITAL).problems(Set.of()).isEmpty());
    }

    @Test
    void aParentAtTheSameOrAnInnerLevelIsRefused() {
        Space floor = space("F2", SpaceLevel.FLOOR, "B1-F1", null);
        assertEquals("a FLOOR cannot be inside FLOOR 'B1-F1': a parent must be at an outer level (CAMPUS > BUILDING > FLOOR > DEPARTMENT > SPACE_UNIT)",
                SpaceHierarchy.placementProblem(floor, HOSPITAL.get(2)).orElseThrow());
        assertTrue(SpaceHierarchy.placementProblem(space("B9", SpaceLevel.BUILDING, "ICU", null), HOSPITAL.get(3)).isPresent());
    }

    @Test
    void unknownParentsAreReportedUnlessNamedElsewhere() {
        List<Space> spaces = List.of(space("F1", SpaceLevel.FLOOR, "GHOST", null));
        assertEquals(List.of(new Problem("F1", "parent", "there is no space 'GHOST'")), new SpaceHierarchy(spaces).problems(Set.of()));
        assertTrue(new SpaceHierarchy(spaces).problems(Set.of("GHOST")).isEmpty());
    }

    @Test
    void cyclesAreNamedOnEveryMember() {
        List<Space> spaces = List.of(space("A", SpaceLevel.FLOOR, "B", null), space("B", SpaceLevel.FLOOR, "A", null),
                space("C", SpaceLevel.SPACE_UNIT, "A", 10.0));
        SpaceHierarchy hierarchy = new SpaceHierarchy(spaces);
        List<Problem> problems = hierarchy.problems(Set.of());
        assertTrue(hierarchy.hasCycles());
        assertTrue(problems.contains(new Problem("A", "parent", "is part of a cycle: A -> B -> A")), problems.toString());
        assertTrue(problems.contains(new Problem("B", "parent", "is part of a cycle: A -> B -> A")), problems.toString());
        assertTrue(hierarchy.tree("A").isEmpty(), "no tree through a cycle");
    }

    @Test
    void spacesInsideMayNotHoldMoreAreaThanTheirParentAndUnrecordedAreasAreSummedThrough() {
        List<Space> spaces = List.of(
                space("B1", SpaceLevel.BUILDING, null, 400.0),
                space("F1", SpaceLevel.FLOOR, "B1", null), // no area of its own: its rooms count
                space("R1", SpaceLevel.SPACE_UNIT, "F1", 300.0),
                space("R2", SpaceLevel.SPACE_UNIT, "F1", 150.0));
        List<Problem> problems = new SpaceHierarchy(spaces).problems(Set.of());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("B1", problems.get(0).spaceCode());
        assertEquals("areaM2", problems.get(0).field());
        assertEquals("the spaces inside it add up to 450.0 m² (largest: F1 450.0), more than its own 400.0 m²", problems.get(0).problem());
        assertEquals(400.0, new SpaceHierarchy(spaces).topLevelAreaM2());
    }

    @Test
    void theTreeCountsSpaceUnitsAndSumsTheirAreas() {
        SpaceTree tree = new SpaceHierarchy(HOSPITAL).tree("B1").orElseThrow();
        assertEquals(3, tree.spaceUnits());
        assertEquals(300.0, tree.spaceUnitAreaM2());
        assertEquals(1000.0, tree.areaM2());
        SpaceTree floor = tree.children().get(0);
        assertEquals(List.of("ICU", "STORE"), floor.children().stream().map(SpaceTree::code).toList());
        assertEquals(250.0, floor.children().get(0).spaceUnitAreaM2());
        assertFalse(new SpaceHierarchy(HOSPITAL).tree("NOPE").isPresent());
    }
}
