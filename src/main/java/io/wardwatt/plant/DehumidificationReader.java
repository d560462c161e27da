package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The optional {@code dehumidification} section of a plant file: {@code maxSupplyByDewPointC}, pairs of outdoor dew
 * point and highest supply set-point. Refused: a pair that is not two numbers, dew points not ascending, a supply
 * that rises with the dew point (wetter air never allows warmer water), a supply below the plant's lowest set-point
 * (no set-point could keep it).
 */
final class DehumidificationReader {

    private final LocatedFields fields;

    DehumidificationReader(LocatedFields fields) {
        this.fields = fields;
    }

    /** @param rules the plant's rules (null when they had problems): their lowest set-point bounds the table */
    Dehumidification read(OperatingRules rules) {
        JsonNode node = fields.object(fields.root(), "", "dehumidification", false);
        if (node == null) {
            return null;
        }
        fields.knownKeys(node, "dehumidification", Set.of("maxSupplyByDewPointC"));
        String path = "dehumidification.maxSupplyByDewPointC";
        List<JsonNode> rows = fields.list(node, "dehumidification", "maxSupplyByDewPointC", true);
        int before = fields.problems().size();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = path + "[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isArray() || row.size() != 2) {
                fields.problem(where, "must be a pair [outdoor dew point °C, highest supply °C]");
                continue;
            }
            double dewPoint = fields.number(row.get(0), where + "[0]", -40, 40);
            double supply = fields.number(row.get(1), where + "[1]", 0, 20);
            if (Double.isNaN(dewPoint + supply)) {
                continue;
            }
            if (!points.isEmpty()) {
                double[] previous = points.get(points.size() - 1);
                if (!(dewPoint > previous[0])) {
                    fields.problem(where + "[0]", format(dewPoint) + " °C is not above the dew point before it; list them ascending");
                    continue;
                }
                if (supply > previous[1]) {
                    fields.problem(where + "[1]", format(supply) + " °C is above the " + format(previous[1]) + " °C allowed at a drier "
                            + format(previous[0]) + " °C dew point: wetter outdoor air never allows warmer supply water");
                    continue;
                }
            }
            if (rules != null && supply < rules.supplyMinC() - 1e-9) {
                fields.problem(where + "[1]", format(supply) + " °C is below rules.supplySetpointC.min " + format(rules.supplyMinC())
                        + " °C: no set-point the plant may use would keep it");
                continue;
            }
            points.add(new double[] {dewPoint, supply});
        }
        return fields.problems().size() > before || points.isEmpty() ? null : new Dehumidification(points);
    }
}
