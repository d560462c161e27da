package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.optimize.tariff.DayPeriods;
import io.wardwatt.optimize.tariff.SeasonalTariff;
import io.wardwatt.optimize.tariff.SeasonalTariffReader;
import io.wardwatt.optimize.tariff.SlotPrices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;

/**
 * The scenario's {@code tariff}: a price per slot, named time-of-use periods covering the whole day exactly once
 * (matched on each slot's local start time), or a seasonal tariff file ({@code {file: ../tariffs/….yaml}}) whose
 * season follows each slot's date and which may carry a demand charge.
 */
final class TariffSection {

    private static final Set<String> TARIFF_KEYS = Set.of("pricePerKwh", "periods", "file");

    /**
     * Per slot: the period's name (null when prices are given per slot) and its price, CNY/kWh; and the demand
     * charge of a tariff file, CNY per kW and month (0 when the tariff has none).
     */
    record SlotTariff(String[] periods, double[] prices, double demandChargeCnyPerKwMonth) {
    }

    private final LocatedFields document;
    /** Where a tariff file is looked for; null: the scenario cannot name one. */
    private final Path baseDirectory;

    TariffSection(LocatedFields document) {
        this(document, null);
    }

    /** @param baseDirectory where {@code tariff.file} is resolved (the scenario's directory) */
    TariffSection(LocatedFields document, Path baseDirectory) {
        this.document = document;
        this.baseDirectory = baseDirectory;
    }

    /** Null when something is wrong (the problems say what). */
    SlotTariff read(JsonNode tariff, LocalDateTime start, int slotMinutes, int slots) {
        String[] names = new String[slots];
        if (tariff == null) {
            Arrays.fill(names, "flat");
            double[] prices = new double[slots];
            Arrays.fill(prices, 1.0);
            return new SlotTariff(names, prices, 0);
        }
        document.knownKeys(tariff, "tariff", TARIFF_KEYS);
        boolean perSlot = LocatedFields.present(tariff.get("pricePerKwh"));
        boolean periods = LocatedFields.present(tariff.get("periods"));
        boolean file = LocatedFields.present(tariff.get("file"));
        int given = (perSlot ? 1 : 0) + (periods ? 1 : 0) + (file ? 1 : 0);
        if (given != 1) {
            document.problem("tariff", "give one of pricePerKwh (per slot), periods or file, not " + (given == 0 ? "none" : "several"));
            return null;
        }
        if (perSlot) {
            double[] prices = PerSlotValues.read(document, tariff, "tariff", "pricePerKwh", slots, 1.0, 0, 100);
            return prices == null ? null : new SlotTariff(names, prices, 0);
        }
        if (file) {
            return file(tariff, start, slotMinutes, slots);
        }
        DayPeriods day = DayPeriods.read(document, tariff.get("periods"), "tariff.periods");
        if (day == null) {
            return null;
        }
        int first = start == null ? 0 : start.toLocalTime().toSecondOfDay() / 60;
        String[] slotNames = new String[slots];
        double[] slotPrices = new double[slots];
        for (int i = 0; i < slots; i++) {
            int minute = (first + i * slotMinutes) % 1440;
            slotNames[i] = day.nameAt(minute);
            slotPrices[i] = day.priceAt(minute);
        }
        return new SlotTariff(slotNames, slotPrices, 0);
    }

    private SlotTariff file(JsonNode tariff, LocalDateTime start, int slotMinutes, int slots) {
        String name = document.text(tariff, "tariff", "file", null);
        if (name == null) {
            return null;
        }
        if (baseDirectory == null) {
            document.problem("tariff.file", "a tariff file can be named only in a scenario read from a directory");
            return null;
        }
        if (start == null) {
            document.problem("tariff.file", "a seasonal tariff needs the scenario's start date to find each slot's season");
            return null;
        }
        Path resolved = baseDirectory.resolve(name).normalize();
        if (!Files.isRegularFile(resolved)) {
            document.problem("tariff.file", "no tariff file " + name + " (looked for " + resolved + ")");
            return null;
        }
        try {
            SeasonalTariff seasonal = SeasonalTariffReader.readFile(resolved);
            SlotPrices prices = seasonal.slots(start, slotMinutes, slots);
            return new SlotTariff(prices.periods(), prices.prices(), seasonal.demandChargeCnyPerKwMonth());
        } catch (InvalidInputException e) {
            document.problem("tariff.file", name + " is not a valid tariff: " + e.problems().size() + " problem(s), listed with it");
            document.problems().addAll(e.problems());
            return null;
        }
    }
}
