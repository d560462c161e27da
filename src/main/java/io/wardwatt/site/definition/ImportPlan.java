package io.wardwatt.site.definition;

import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What importing a definition changes, entity by entity, matched by code: created (in the file only),
 * updated (in both, different), unchanged (in both, equal) and not in file (stored only: an import never
 * deletes, it reports them). Pure: the store applies it.
 */
public record ImportPlan(String siteCode, Changes<Site> sites, Changes<Space> spaces, Changes<Device> devices, Changes<Point> points) {

    /** A stored entity and what the file makes of it. */
    public record Update<T>(T before, T after) {
    }

    public record Changes<T>(List<T> created, List<Update<T>> updated, List<T> unchanged, List<T> notInFile) {

        public boolean changesAnything() {
            return !created.isEmpty() || !updated.isEmpty();
        }

        ImportSummary.Counts counts(Function<T, String> code) {
            return new ImportSummary.Counts(created.size(), updated.size(), unchanged.size(), notInFile.size(),
                    notInFile.stream().map(code).toList());
        }
    }

    /**
     * @param stored what the store holds of the file's site, or null when the site is new
     */
    public static ImportPlan between(SiteDefinition stored, SiteDefinition file) {
        List<Site> storedSite = stored == null ? List.of() : List.of(stored.site());
        return new ImportPlan(file.site().code(),
                compare(storedSite, List.of(file.site()), Site::code),
                compare(stored == null ? List.of() : stored.spaces(), file.spaces(), Space::code),
                compare(stored == null ? List.of() : stored.devices(), file.devices(), Device::code),
                compare(stored == null ? List.of() : stored.points(), file.points(), Point::code));
    }

    public boolean changesAnything() {
        return sites.changesAnything() || spaces.changesAnything() || devices.changesAnything() || points.changesAnything();
    }

    public ImportSummary summary(boolean dryRun) {
        return new ImportSummary(siteCode, dryRun, sites.counts(Site::code), spaces.counts(Space::code), devices.counts(Device::code),
                points.counts(Point::code));
    }

    private static <T> Changes<T> compare(List<T> stored, List<T> file, Function<T, String> code) {
        Map<String, T> before = stored.stream().collect(Collectors.toMap(code, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<T> created = new ArrayList<>();
        List<Update<T>> updated = new ArrayList<>();
        List<T> unchanged = new ArrayList<>();
        for (T after : file) {
            T old = before.get(code.apply(after));
            if (old == null) {
                created.add(after);
            } else if (old.equals(after)) {
                unchanged.add(after);
            } else {
                updated.add(new Update<>(old, after));
            }
        }
        Set<String> inFile = file.stream().map(code).collect(Collectors.toSet());
        List<T> notInFile = stored.stream().filter(t -> !inFile.contains(code.apply(t))).toList();
        return new Changes<>(List.copyOf(created), List.copyOf(updated), List.copyOf(unchanged), notInFile);
    }
}
