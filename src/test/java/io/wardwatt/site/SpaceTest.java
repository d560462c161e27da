package io.wardwatt.site;

import static io.wardwatt.site.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wardwatt.input.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceTest {

    @Test
    void anEmptyParentMeansTopLevelAndAreasAreKeptToTwoDecimals() {
        Space space = new Space("B1", "Inpatient tower", SpaceLevel.BUILDING, " ", 78000.126);
        assertNull(space.parent());
        assertEquals(78000.13, space.areaM2());
    }

    @Test
    void anAreaMayBeUnrecordedButNeverNegative() {
        assertNull(new Space("F1", "Floor 1", SpaceLevel.FLOOR, "B1", null).areaM2());
        assertEquals(0.0, new Space("F1", "Floor 1", SpaceLevel.FLOOR, "B1", 0.0).areaM2());
        assertProblem(Problems.of(() -> new Space("F1", "Floor 1", SpaceLevel.FLOOR, "B1", -1.0)), "areaM2", "must be 0 m² or more");
    }

    @Test
    void aCampusHasNoParent() {
        assertProblem(Problems.of(() -> new Space("C", "Campus", SpaceLevel.CAMPUS, "X", null)), "parent", "a CAMPUS is the outermost level");
    }

    @Test
    void aSpaceIsNotItsOwnParent() {
        assertProblem(Problems.of(() -> new Space("F1", "Floor", SpaceLevel.FLOOR, "F1", null)), "parent", "cannot be its own parent");
    }

    @Test
    void everyBadFieldIsNamed() {
        List<InputProblem> problems = Problems.of(() -> new Space("a/b", null, null, "x y", Double.POSITIVE_INFINITY));
        assertEquals(5, problems.size(), Problems.list(problems));
        assertProblem(problems, "code", "is not a code");
        assertProblem(problems, "name", "is required");
        assertProblem(problems, "level", "is required");
        assertProblem(problems, "parent", "is not a code");
        assertProblem(problems, "areaM2", "finite");
    }
}
