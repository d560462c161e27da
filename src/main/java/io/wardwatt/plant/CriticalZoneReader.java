package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optional {@code criticalZones} of a plant file: per zone with operating theatres, ICU or isolation rooms, the
 * hard limits dispatch must keep (see {@link CriticalZone}). A limit no chiller set-point could meet, a zone the
 * file does not have, or more chillers than the plant owns is a problem.
 */
final class CriticalZoneReader {

    private static final int DEFAULT_GRACE_MINUTES = 5;
    private static final Set<String> KEYS = Set.of("zone", "reason", "maxSupplyC", "minChillersAvailable", "graceMinutes");

    private final LocatedFields fields;

    CriticalZoneReader(LocatedFields fields) {
        this.fields = fields;
    }

    /**
     * @param zoneIds the zones the file declares, readable or not; @param chillers the chillers it declares, likewise
     * @param conventional the baseline's sequencing: its fixed set-point must keep every zone's limit too, or the
     *        saving would be measured against a plant run warmer than the zones allow
     */
    List<CriticalZone> read(Set<String> zoneIds, int chillers, OperatingRules rules, ConventionalSequencing conventional) {
        List<CriticalZone> critical = new ArrayList<>();
        List<JsonNode> entries = fields.list(fields.root(), "", "criticalZones", false);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "criticalZones[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(path, "must be a mapping with zone, maxSupplyC and minChillersAvailable");
                continue;
            }
            fields.knownKeys(entry, path, KEYS);
            int before = fields.problems().size();
            String zone = fields.text(entry, path, "zone");
            if (zone != null && !zoneIds.contains(zone)) {
                fields.problem(path + ".zone", "unknown zone " + zone + " (zones has " + String.join(", ", zoneIds) + ")");
            } else if (zone != null && !seen.add(zone)) {
                fields.problem(path + ".zone", "zone " + zone + " is listed twice");
            }
            String reason = fields.text(entry, path, "reason", zone);
            double maxSupplyC = fields.number(entry, path, "maxSupplyC");
            if (rules != null && maxSupplyC < rules.supplyMinC()) {
                fields.problem(path + ".maxSupplyC", format(maxSupplyC) + " °C is below rules.supplySetpointC.min " + format(rules.supplyMinC())
                        + " °C: no set-point the plant may use would meet it");
            }
            if (conventional != null && conventional.fixedSetpointC() > maxSupplyC + 1e-9) {
                fields.problem(path + ".maxSupplyC", format(maxSupplyC) + " °C is below conventional.fixedSetpointC "
                        + format(conventional.fixedSetpointC()) + " °C: the baseline would run warmer than the zone allows");
            }
            int minChillers = fields.whole(entry, path, "minChillersAvailable", 0, 0, chillers);
            int grace = fields.whole(entry, path, "graceMinutes", DEFAULT_GRACE_MINUTES, 0, 24 * 60);
            if (fields.problems().size() == before) {
                critical.add(new CriticalZone(zone, reason, maxSupplyC, minChillers, Duration.ofMinutes(grace)));
            }
        }
        return critical;
    }
}
