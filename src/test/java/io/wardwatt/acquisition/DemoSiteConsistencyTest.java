package io.wardwatt.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.site.Point;
import io.wardwatt.site.definition.SiteDefinition;
import io.wardwatt.site.definition.SiteDefinitionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo site's points of polled devices are exactly what the templates produce: same code, kind and unit
 * (the poller refuses a device whose template disagrees with an existing point), for deploy/demo/devices.yaml.
 */
class DemoSiteConsistencyTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());

    @Test
    void demoDevicesFileMatchesTheDemoSite() {
        assertConsistent(Path.of("deploy/demo/devices.yaml"));
    }

    private static void assertConsistent(Path devicesFile) {
        SiteDefinition site = SiteDefinitionReader.readFile(Path.of("deploy/demo/site.yaml"));
        Map<String, Point> points = site.points().stream().collect(Collectors.toMap(Point::code, Function.identity()));
        List<String> problems = new ArrayList<>();
        int matched = 0;
        for (DeviceList.ConfiguredDevice device : DeviceList.readFile(devicesFile).resolve(CATALOG)) {
            List<String> produced = new ArrayList<>();
            for (RegisterPoint p : device.template().enabledPoints()) {
                String code = device.config().pointCode(p);
                produced.add(code);
                Point existing = points.get(code);
                if (existing == null) {
                    continue;
                }
                matched++;
                if (existing.kind() != p.kind() || !existing.unit().equals(p.unit())) {
                    problems.add(code + ": site " + existing.kind() + " " + existing.unit() + ", template " + p.kind() + " " + p.unit());
                }
                if (!device.config().code().equals(existing.device())) {
                    problems.add(code + ": site device " + existing.device() + ", devices file " + device.config().code());
                }
            }
            // every site point of a polled device comes from its template
            site.points().stream().filter(sp -> device.config().code().equals(sp.device()) && !produced.contains(sp.code()))
                    .forEach(sp -> problems.add(sp.code() + " of device " + sp.device() + " is not produced by template " + device.template().id()));
        }
        assertEquals(List.of(), problems, devicesFile.toString());
        assertTrue(matched >= 20, "the demo's metered points are polled: " + matched);
    }
}
