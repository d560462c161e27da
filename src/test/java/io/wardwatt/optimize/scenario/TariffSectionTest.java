package io.wardwatt.optimize.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's {@code tariff: {file: …}}: the seasonal file priced slot by slot, with its demand charge. */
class TariffSectionTest {

    private static final Path SCENARIOS = Path.of("chiller-models/scenarios");

    @Test
    void aTariffFileIsPricedByEachSlotsDateAndBringsItsDemandCharge() {
        LocatedFields document = document("{\"tariff\": {\"file\": \"../tariffs/shanghai-general-commercial-10kv.yaml\"}}");
        TariffSection.SlotTariff tariff = new TariffSection(document, SCENARIOS)
                .read(document.root().get("tariff"), LocalDateTime.of(2026, 7, 16, 0, 0), 30, 48);
        assertEquals(List.of(), document.problems());
        assertEquals("critical-peak", tariff.periods()[25]);
        assertEquals(1.62, tariff.prices()[25], 1e-12);
        assertEquals(0.288, tariff.prices()[0], 1e-12);
        assertEquals(40, tariff.demandChargeCnyPerKwMonth());
    }

    @Test
    void aMissingFileOrAMissingStartDateIsRefused() {
        LocatedFields document = document("{\"tariff\": {\"file\": \"../tariffs/none.yaml\"}}");
        assertNull(new TariffSection(document, SCENARIOS).read(document.root().get("tariff"), LocalDateTime.of(2026, 7, 16, 0, 0), 30, 48));
        assertNull(new TariffSection(document, SCENARIOS).read(document.root().get("tariff"), null, 30, 48));
        List<String> problems = document.problems().stream().map(InputProblem::toString).toList();
        assertEquals("scenario.json line 1: tariff.file: no tariff file ../tariffs/none.yaml (looked for "
                + SCENARIOS.resolve("../tariffs/none.yaml").normalize() + ")", problems.get(0));
        assertEquals("scenario.json line 1: tariff.file: a seasonal tariff needs the scenario's start date to find each slot's season",
                problems.get(1));
    }

    @Test
    void periodsAndAFileTogetherAreRefused() {
        LocatedFields document = document("{\"tariff\": {\"file\": \"x.yaml\", \"pricePerKwh\": 1}}");
        assertNull(new TariffSection(document, SCENARIOS).read(document.root().get("tariff"), LocalDateTime.of(2026, 7, 16, 0, 0), 30, 2));
        assertEquals("scenario.json line 1: tariff: give one of pricePerKwh (per slot), periods or file, not several",
                document.problems().get(0).toString());
    }

    private static LocatedFields document(String json) {
        return new LocatedFields(LocatedYaml.parse(json, "scenario.json"));
    }
}
