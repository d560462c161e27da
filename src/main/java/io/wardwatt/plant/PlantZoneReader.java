package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code zones} of a plant file: each a load share, its identical secondary pumps, a system curve (static head =
 * the differential-pressure set-point at the far coil, through the design flow and head) and the design return
 * temperature. The shares must add to 1, and all of a zone's pumps at full speed must carry its design flow.
 */
final class PlantZoneReader {

    private static final double SHARE_TOLERANCE = 1e-6;

    private final LocatedFields fields;
    private final Set<String> declaredPumps;
    private final Set<String> listedPumpIds = new HashSet<>();

    /** @param declaredPumps every pump id the file declares, usable or not */
    PlantZoneReader(LocatedFields fields, Set<String> declaredPumps) {
        this.fields = fields;
        this.declaredPumps = declaredPumps;
    }

    /** Every pump id any zone lists, readable or not (so an unreadable zone does not leave its pumps "in no zone"). */
    Set<String> listedPumpIds() {
        return listedPumpIds;
    }

    List<PlantZone> read(Map<String, PumpUnit> pumps, OperatingRules rules) {
        List<PlantZone> zones = new ArrayList<>();
        List<JsonNode> entries = fields.list(fields.root(), "", "zones", true);
        Map<String, String> zoneOfPump = new HashMap<>();
        Set<String> ids = new HashSet<>();
        double shares = 0;
        boolean sharesKnown = true;
        for (int i = 0; i < entries.size(); i++) {
            String path = "zones[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(path, "must be a mapping with id, loadShare, pumps, designReturnC and system");
                sharesKnown = false;
                continue;
            }
            String id = fields.text(entry, path, "id");
            if (id != null && !ids.add(id)) {
                fields.problem(path + ".id", "duplicate zone id " + id);
            }
            String name = entry.path("name").asText(id);
            double share = fields.numberIn(entry, path, "loadShare", Double.NaN, 1e-9, 1, "a fraction in (0, 1]");
            sharesKnown &= !Double.isNaN(share);
            shares += Double.isNaN(share) ? 0 : share;
            List<PumpUnit> zonePumps = zonePumps(entry, path, id, pumps, zoneOfPump);
            double returnC = fields.number(entry, path, "designReturnC");
            if (rules != null && returnC <= rules.supplyMaxC()) {
                fields.problem(path + ".designReturnC", "must be above the highest supply set-point " + format(rules.supplyMaxC())
                        + " °C, or the coils have no temperature difference to work with; got " + format(returnC));
            }
            PlantZone zone = zone(entry, path, id, name, share, zonePumps, returnC);
            if (zone != null) {
                zones.add(zone);
            }
        }
        if (sharesKnown && !entries.isEmpty() && Math.abs(shares - 1) > SHARE_TOLERANCE) {
            fields.problem("zones", "the zones' loadShare values add to " + format(shares) + ", not 1");
        }
        return zones;
    }

    private List<PumpUnit> zonePumps(JsonNode entry, String path, String zone, Map<String, PumpUnit> pumps, Map<String, String> zoneOfPump) {
        List<JsonNode> listed = fields.list(entry, path, "pumps", true);
        List<PumpUnit> zonePumps = new ArrayList<>();
        for (int p = 0; p < listed.size(); p++) {
            String pumpPath = path + ".pumps[" + p + "]";
            String pumpId = listed.get(p).asText().trim();
            listedPumpIds.add(pumpId);
            PumpUnit pump = pumps.get(pumpId);
            if (pump == null) {
                if (!declaredPumps.contains(pumpId)) {
                    fields.problem(pumpPath, "unknown pump " + pumpId);
                }
                continue;
            }
            if (pump.role() != PumpRole.SECONDARY) {
                fields.problem(pumpPath, "pump " + pumpId + " is a " + pump.role().fileName() + " pump; a zone's pumps are secondary");
                continue;
            }
            String other = zoneOfPump.putIfAbsent(pumpId, zone);
            if (other != null) {
                fields.problem(pumpPath, "pump " + pumpId + " is already in zone " + other);
                continue;
            }
            if (!zonePumps.isEmpty() && !zonePumps.get(0).type().equals(pump.type())) {
                fields.problem(pumpPath, "pump " + pumpId + " is of type " + pump.type() + ", the zone's first pump of type "
                        + zonePumps.get(0).type() + ": a zone's parallel pumps must be identical");
                continue;
            }
            zonePumps.add(pump);
        }
        return zonePumps;
    }

    private PlantZone zone(JsonNode entry, String path, String id, String name, double share, List<PumpUnit> zonePumps, double returnC) {
        JsonNode system = fields.object(entry, path, "system", true);
        if (system == null) {
            return null;
        }
        String systemPath = path + ".system";
        double staticKpa = fields.numberIn(system, systemPath, "differentialPressureSetpointKpa", Double.NaN, 0, 1000, "in 0..1000 kPa");
        double flowM3h = fields.numberIn(system, systemPath, "designFlowM3h", Double.NaN, 1e-6, 1e6, "above 0");
        double headM = fields.numberIn(system, systemPath, "designHeadM", Double.NaN, 1e-6, 300, "in (0, 300] m");
        double headKpa = headM * Water.KPA_PER_METRE;
        if (headKpa <= staticKpa) {
            fields.problem(systemPath + ".designHeadM", format(headM) + " m (" + format(headKpa) + " kPa) must be above the"
                    + " differential-pressure set-point " + format(staticKpa) + " kPa: friction adds to it");
            return null;
        }
        if (id == null || Double.isNaN(share + staticKpa + flowM3h + headM + returnC) || zonePumps.isEmpty()) {
            return null;
        }
        double flowM3s = flowM3h / 3600;
        SystemCurve curve = SystemCurve.through(staticKpa, flowM3s, headKpa);
        PumpGroup group = new PumpGroup("zone " + id, zonePumps.get(0).pump(), zonePumps.size(), curve);
        GroupDuty design = group.duty(flowM3s, zonePumps.size());
        if (!design.feasible()) {
            fields.problem(systemPath, "the zone's pumps cannot reach the required head at design flow even all running: "
                    + design.infeasibleReason());
            return null;
        }
        return new PlantZone(id, name, share, zonePumps.stream().map(PumpUnit::id).toList(), group, flowM3s, returnC);
    }
}
