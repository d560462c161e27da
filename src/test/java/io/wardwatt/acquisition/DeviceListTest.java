package io.wardwatt.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceListTest {

    private static final DeviceTemplate CHILLER = TemplateReader.read("""
            template: test-chiller
            points:
              - {name: CHWST, function: input, address: 100, type: int16, scale: 0.1, unit: "°C", mustChange: true}
              - {name: CHWRT, function: input, address: 101, type: int16, scale: 0.1, unit: "°C"}
              - {name: KW, function: input, address: 102, type: float32, unit: kW}
            """, "test-chiller.yaml", "test-chiller");

    private static final TemplateCatalog CATALOG = TemplateCatalog.of(List.of(CHILLER));

    @Test
    void readsADeviceWithItsDefaultsAndOverrides() {
        DeviceList list = DeviceList.read("""
                devices:
                  - code: CH1
                    name: Chiller 1
                    template: test-chiller
                    host: 127.0.0.1
                    port: 15101
                    unitId: 3
                    interval: 5s
                    timeout: 750ms
                    requestDelay: 20ms
                    space: PLANT
                    overrides:
                      CHWST: {scale: 0.01}
                      CHWRT: {enabled: false}
                      KW: {address: 0x0200, wordOrder: little}
                  - {code: PV-INV, template: test-chiller, host: localhost, pointPrefix: PV}
                """, "devices.yaml");
        DeviceConfig ch1 = list.device("CH1").orElseThrow();
        assertEquals(3, ch1.unitId());
        assertEquals(Duration.ofMillis(750), ch1.timeout());
        assertEquals(Duration.ofMillis(20), ch1.requestDelay());
        assertEquals("CH1.CHWST", ch1.pointCode(CHILLER.point("CHWST").orElseThrow()));
        DeviceConfig pv = list.device("PV-INV").orElseThrow();
        assertEquals(502, pv.port());
        assertEquals(1, pv.unitId());
        assertEquals(Duration.ofSeconds(5), pv.interval());
        assertEquals("PV.KW", pv.pointCode(CHILLER.point("KW").orElseThrow()));

        DeviceTemplate effective = list.resolve(CATALOG).get(0).template();
        assertEquals(0.01, effective.point("CHWST").orElseThrow().scale());
        assertTrue(effective.point("CHWST").orElseThrow().mustChange()); // untouched fields stay
        assertFalse(effective.point("CHWRT").orElseThrow().enabled());
        assertEquals(List.of("CHWST", "KW"), effective.enabledPoints().stream().map(RegisterPoint::name).toList());
        assertEquals(0x200, effective.point("KW").orElseThrow().address());
        assertEquals(WordOrder.LITTLE, effective.point("KW").orElseThrow().wordOrder());
    }

    @Test
    void fileProblemsNameDeviceFieldAndLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DeviceList.read("""
                devices:
                  - {code: CH1, template: test-chiller, host: h, port: 70000, unitId: 300, interval: soon}
                  - {code: CH1, template: test-chiller, host: h}
                  - {code: CH2, template: test-chiller, host: h, overrides: {KW: {scael: 2}}}
                """, "devices.yaml"));
        String text = e.getMessage() + "\n" + e.problems();
        assertTrue(e.problems().stream().anyMatch(p -> p.where().equals("devices.yaml line 2: devices[0].port")
                && p.problem().equals("devices[0] CH1: port 70000 is outside 1..65535")), text);
        assertTrue(e.problems().stream().anyMatch(p -> p.problem().equals("devices[0] CH1: unitId 300 is outside 0..255")), text);
        assertTrue(e.problems().stream().anyMatch(p -> p.problem().equals("devices[0] CH1: interval 'soon' is not a duration (e.g. 5s, 250ms, 1m)")), text);
        assertTrue(e.problems().stream().anyMatch(p -> p.where().equals("devices.yaml line 3: devices[1].code")
                && p.problem().contains("code CH1 is used twice")), text);
        assertTrue(e.problems().stream().anyMatch(p -> p.where().equals("devices.yaml line 4: devices[2].overrides.KW.scael")), text);
    }

    @Test
    void resolvingNamesUnknownTemplatesPointsAndOverlapsCausedByOverrides() {
        DeviceList list = DeviceList.read("""
                devices:
                  - {code: CH1, template: nope, host: h}
                  - {code: CH2, template: test-chiller, host: h, overrides: {CHWSTT: {scale: 2}}}
                  - {code: CH3, template: test-chiller, host: h, overrides: {CHWRT: {address: 103}}}
                """, "devices.yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> list.resolve(CATALOG));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals("devices.yaml: device CH1.template", e.problems().get(0).where());
        assertEquals("there is no template 'nope' (known: test-chiller)", e.problems().get(0).problem());
        assertEquals("devices.yaml: device CH2 overrides.CHWSTT", e.problems().get(1).where());
        assertTrue(e.problems().get(2).where().startsWith("devices.yaml: device CH3 (template test-chiller"), e.problems().get(2).where());
        assertTrue(e.problems().get(2).problem().contains("overlaps point KW"), e.problems().get(2).problem());
    }

    @Test
    void aSwitchedOffPointFreesItsRegisters() {
        DeviceList list = DeviceList.read("""
                devices:
                  - {code: CH1, template: test-chiller, host: h, overrides: {CHWRT: {enabled: false}, CHWST: {address: 101}}}
                """, "devices.yaml");
        assertEquals(101, list.resolve(CATALOG).get(0).template().point("CHWST").orElseThrow().address());
    }
}
