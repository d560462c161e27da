package io.wardwatt.goals;

import io.wardwatt.goals.ProgressReport.MonthProgress;
import java.util.List;
import java.util.function.Function;

/** The months of a progress as CSV, one row per month, the same figures as the JSON (empty cell = null). */
public final class ProgressCsv {

    private record Column(String name, Function<MonthProgress, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("month", MonthProgress::month), new Column("partial", MonthProgress::partial),
            new Column("electricityKwh", MonthProgress::electricityKwh), new Column("naturalGasM3", MonthProgress::naturalGasM3),
            new Column("steamT", MonthProgress::steamT), new Column("heatGj", MonthProgress::heatGj), new Column("tce", MonthProgress::tce),
            new Column("baselineTce", MonthProgress::baselineTce), new Column("baselineElectricityKwh", MonthProgress::baselineElectricityKwh),
            new Column("normalisedBaselineTce", MonthProgress::normalisedBaselineTce), new Column("method", MonthProgress::method),
            new Column("savingTce", MonthProgress::savingTce), new Column("savingPct", MonthProgress::savingPct),
            new Column("uncertainty68Tce", MonthProgress::uncertainty68Tce), new Column("uncertainty90Tce", MonthProgress::uncertainty90Tce),
            new Column("kgcePerM2", MonthProgress::kgcePerM2), new Column("kgcePerVisit", MonthProgress::kgcePerVisit),
            new Column("kgcePerBedDay", MonthProgress::kgcePerBedDay), new Column("baselineKgcePerM2", MonthProgress::baselineKgcePerM2),
            new Column("baselineKgcePerVisit", MonthProgress::baselineKgcePerVisit),
            new Column("baselineKgcePerBedDay", MonthProgress::baselineKgcePerBedDay), new Column("cdd", MonthProgress::cdd),
            new Column("hdd", MonthProgress::hdd), new Column("visits", MonthProgress::visits), new Column("bedDays", MonthProgress::bedDays));

    private ProgressCsv() {
    }

    public static String of(ProgressReport report) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS.stream().map(Column::name).toList())).append('\n');
        for (MonthProgress month : report.months()) {
            csv.append(String.join(",", COLUMNS.stream().map(c -> {
                Object v = c.value().apply(month);
                return v == null ? "" : v instanceof Double d ? java.math.BigDecimal.valueOf(d).toPlainString() : v.toString();
            }).toList())).append('\n');
        }
        return csv.toString();
    }
}
