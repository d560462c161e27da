package io.wardwatt.site.definition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.site.Point;
import io.wardwatt.site.definition.Draft.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The meter tree of a definition: each point's parent meter link checked against the definition's points. */
final class MeterTreeChecks {

    private MeterTreeChecks() {
    }

    static List<InputProblem> problems(List<Located<Point>> points) {
        Map<String, Point> byCode = new HashMap<>();
        points.forEach(p -> byCode.putIfAbsent(p.value().code(), p.value()));
        return points.stream()
                .flatMap(p -> io.wardwatt.site.MeterLinks.problem(p.value(), byCode)
                        .map(problem -> new InputProblem(p.path() + ".parentMeter", problem)).stream())
                .toList();
    }
}
