package io.wardwatt.optimize.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai two-part tariff file against the notice it is copied from (沪发改价管〔2022〕50号: its hours and its
 * ratios to the flat price), and the reader's refusals.
 */
class SeasonalTariffReaderTest {

    static final Path SHANGHAI = Path.of("chiller-models/tariffs/shanghai-general-commercial-10kv.yaml");
    static final Path SHANGHAI_SINGLE_PART = Path.of("chiller-models/tariffs/shanghai-general-commercial-single-part-10kv.yaml");

    @Test
    void theShanghaiFileKeepsTheNoticesHoursInEverySeason() {
        SeasonalTariff tariff = SeasonalTariffReader.readFile(SHANGHAI);
        assertEquals(40, tariff.demandChargeCnyPerKwMonth());
        // hours per period in a day: summer peak 8-15 and 18-21 (10 h, of which 12-14 critical in July and August),
        // other months peak 8-11 and 18-21 (6 h, of which 19-21 critical in January and December); valley 22-6 always
        assertEquals(Map.of("valley", 8.0, "flat", 6.0, "peak", 8.0, "critical-peak", 2.0), hours(tariff, 2026, 7));
        assertEquals(Map.of("valley", 8.0, "flat", 6.0, "peak", 10.0), hours(tariff, 2026, 9));
        assertEquals(Map.of("valley", 8.0, "flat", 10.0, "peak", 4.0, "critical-peak", 2.0), hours(tariff, 2026, 12));
        assertEquals(Map.of("valley", 8.0, "flat", 10.0, "peak", 6.0), hours(tariff, 2026, 5));
        SlotPrices july = tariff.slots(LocalDateTime.of(2026, 7, 16, 0, 0), 30, 48);
        assertEquals("critical-peak", july.periods()[24]);
        assertEquals("critical-peak", july.periods()[27]);
        assertEquals("peak", july.periods()[28]);
        assertEquals("valley", july.periods()[44]);
        SlotPrices january = tariff.slots(LocalDateTime.of(2026, 1, 14, 0, 0), 60, 24);
        assertEquals(List.of("peak", "critical-peak", "critical-peak", "flat"), Arrays.asList(january.periods()).subList(18, 22));
    }

    @Test
    void theShanghaiPricesKeepTheNoticesRatiosToTheFlatPrice() {
        SeasonalTariff tariff = SeasonalTariffReader.readFile(SHANGHAI);
        for (int month : new int[] {1, 7, 8, 9, 12}) {
            Map<String, Double> price = prices(tariff, month);
            // summer and winter: peak +80 %, valley −60 %, critical peak +25 % on the peak
            assertEquals(1.80, price.get("peak") / price.get("flat"), 1e-9, "month " + month);
            assertEquals(0.40, price.get("valley") / price.get("flat"), 1e-9, "month " + month);
            if (price.containsKey("critical-peak")) {
                assertEquals(1.25, price.get("critical-peak") / price.get("peak"), 1e-9, "month " + month);
            }
        }
        for (int month : new int[] {2, 3, 4, 5, 6, 10, 11}) {
            Map<String, Double> price = prices(tariff, month);
            assertEquals(1.60, price.get("peak") / price.get("flat"), 1e-9, "month " + month);
            assertEquals(0.50, price.get("valley") / price.get("flat"), 1e-9, "month " + month);
        }
        SeasonalTariff single = SeasonalTariffReader.readFile(SHANGHAI_SINGLE_PART);
        assertEquals(0, single.demandChargeCnyPerKwMonth());
        assertEquals(Map.of("valley", 8.0, "peak", 16.0), hours(single, 2026, 8));
        assertEquals(0.864 / 0.396, prices(single, 8).get("peak") / prices(single, 8).get("valley"), 1e-9);
    }

    @Test
    void slotsPastMidnightTakeTheNextDaysSeason() {
        SeasonalTariff tariff = SeasonalTariffReader.readFile(SHANGHAI);
        SlotPrices prices = tariff.slots(LocalDateTime.of(2026, 6, 30, 22, 0), 60, 4);
        assertEquals(List.of("valley", "valley", "valley", "valley"), Arrays.asList(prices.periods()));
        assertEquals(0.36, prices.prices()[1], 1e-12, "30 June 23:00: the other months' valley");
        assertEquals(0.288, prices.prices()[2], 1e-12, "1 July 00:00: the summer valley");
    }

    @Test
    void aMonthInNoSeasonOrInTwoIsRefusedWithLineAndPath() {
        String yaml = """
                name: test
                source: "a test"
                currency: CNY
                seasons:
                  - name: summer
                    months: [6, 7, 8, 9]
                    periods: [{name: flat, from: "00:00", to: "24:00", pricePerKwh: 1}]
                  - name: rest
                    months: [1, 2, 3, 9, 10, 11, 12]
                    periods: [{name: flat, from: "00:00", to: "24:00", pricePerKwh: 0.8}]
                """;
        assertEquals(List.of("tariff.yaml line 9: seasons[1].months[3]: month 9 is already in seasons[0] (summer); every month belongs to"
                        + " exactly one season",
                "tariff.yaml line 5: seasons: months 4, 5 are in no season; every month belongs to exactly one season"), problems(yaml));
    }

    @Test
    void aDayLeftUncoveredOrOverlappingIsRefusedWithLineAndPath() {
        String yaml = """
                name: test
                source: "a test"
                currency: USD
                seasons:
                  - name: all
                    months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
                    periods:
                      - {name: valley, from: "22:00", to: "06:00", pricePerKwh: 0.3}
                      - {name: flat, from: "07:00", to: "20:00", pricePerKwh: 0.7}
                      - {name: peak, from: "19:00", to: "22:00", pricePerKwh: 1.2}
                demandCharge: {cnyPerKwMonth: -4}
                """;
        assertEquals(List.of("tariff.yaml line 3: currency: must be CNY (plans are costed in CNY), got USD",
                "tariff.yaml line 10: seasons[0].periods[2]: overlaps seasons[0].periods[1] from 19:00",
                "tariff.yaml line 8: seasons[0].periods: leave 06:00-07:00 uncovered; the periods must cover 00:00-24:00",
                "tariff.yaml line 11: demandCharge.cnyPerKwMonth: -4 is below 0"), problems(yaml));
    }

    private static List<String> problems(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SeasonalTariffReader.read(yaml, "tariff.yaml"));
        return e.problems().stream().map(InputProblem::toString).toList();
    }

    private static Map<String, Double> hours(SeasonalTariff tariff, int year, int month) {
        SlotPrices day = tariff.slots(LocalDateTime.of(year, month, 10, 0, 0), 15, 96);
        Map<String, Double> hours = new HashMap<>();
        for (String period : day.periods()) {
            hours.merge(period, 0.25, Double::sum);
        }
        return hours;
    }

    private static Map<String, Double> prices(SeasonalTariff tariff, int month) {
        SlotPrices day = tariff.slots(LocalDateTime.of(2026, month, 10, 0, 0), 60, 24);
        Map<String, Double> prices = new HashMap<>();
        for (int i = 0; i < 24; i++) {
            prices.put(day.periods()[i], day.prices()[i]);
        }
        return prices;
    }
}
