package io.wardwatt.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedFieldsTest {

    private static final String YAML = """
            rules:
              share: 1.3
              minutes: 2.5
              starts: 3.0
              name: "  "
            """;

    private static List<String> problems(LocatedFields fields) {
        return fields.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void aMissingRequiredValueIsNamedWithThePathOfItsParent() {
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(YAML, "f.yaml"));

        assertTrue(Double.isNaN(fields.number(fields.root().get("rules"), "rules", "flow")));
        assertEquals(List.of("f.yaml line 2: rules.flow: missing: a number is required"), problems(fields));
    }

    @Test
    void anAbsentOptionalValueGivesItsFallbackWithoutAProblem() {
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(YAML, "f.yaml"));

        assertEquals(0.5, fields.numberIn(fields.root().get("rules"), "rules", "flow", 0.5, 0, 1, "in 0..1"));
        assertEquals(7, fields.whole(fields.root().get("rules"), "rules", "count", 7, 0, 10));
        assertEquals(List.of(), problems(fields));
    }

    @Test
    void aRangeIsReportedInTheFormatsOwnWordsOrAsABound() {
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(YAML, "f.yaml"));

        assertTrue(Double.isNaN(fields.numberIn(fields.root().get("rules"), "rules", "share", Double.NaN, 0, 1, "a fraction in 0..1")));
        assertTrue(Double.isNaN(fields.number(fields.root().get("rules"), "rules", "share", Double.NaN, 0, 1)));
        assertEquals(List.of("f.yaml line 2: rules.share: must be a fraction in 0..1, got 1.3", "f.yaml line 2: rules.share: 1.3 is above 1"),
                problems(fields));
    }

    @Test
    void aWholeNumberMayBeWrittenWithAZeroFractionButNotWithAnother() {
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(YAML, "f.yaml"));

        assertEquals(3, fields.whole(fields.root().get("rules"), "rules", "starts", LocatedFields.REQUIRED, 0, 96));
        assertEquals(LocatedFields.REQUIRED, fields.whole(fields.root().get("rules"), "rules", "minutes", 0, 0, 96));
        assertEquals(List.of("f.yaml line 3: rules.minutes: not a whole number: '2.5'"), problems(fields));
    }

    @Test
    void aBlankTextIsWrongAndAnAbsentRequiredOneMissing() {
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(YAML, "f.yaml"));

        assertEquals(null, fields.text(fields.root().get("rules"), "rules", "name"));
        assertEquals(null, fields.text(fields.root(), "", "title"));
        assertEquals(List.of("f.yaml line 5: rules.name: must be a non-empty text", "f.yaml line 1: title: missing: a text is required"),
                problems(fields));
    }
}
