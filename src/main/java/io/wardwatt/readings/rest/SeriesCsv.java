package io.wardwatt.readings.rest;

import io.wardwatt.readings.Quality;
import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.query.QualityInterval;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.readings.query.ValueBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A point's series as CSV, one row per reading or bucket, each with its quality; a missing interval (one or more
 * consecutive buckets without data) is a row of its own with no value, so a spreadsheet shows the gap. The header names the point and the unit of each number.
 */
final class SeriesCsv {

    private SeriesCsv() {
    }

    static String of(PointSeries s) {
        String key = s.point().key();
        String unit = s.point().unit();
        List<Row> rows = new ArrayList<>();
        NavigableMap<Instant, QualityInterval> marks = new TreeMap<>();
        if (s.quality() != null) {
            s.quality().forEach(i -> marks.put(i.start(), i));
        }
        String header;
        if (s.readings() != null) {
            header = row("ts", key + " (" + unit + ")", "quality");
            for (RawValue r : s.readings()) {
                rows.add(new Row(r.ts(), row(r.ts().toString(), number(r.value()),
                        Quality.ofCode(r.quality()).map(Quality::label).orElse(String.valueOf(r.quality())))));
            }
        } else if (s.values() != null) {
            header = row("period", "start", "end", key + " avg (" + unit + ")", key + " min (" + unit + ")", key + " max (" + unit + ")",
                    "readings", "quality");
            for (ValueBucket b : s.values()) {
                rows.add(new Row(b.start(), row(b.period(), b.start().toString(), b.end().toString(), number(b.avg()), number(b.min()),
                        number(b.max()), String.valueOf(b.count()), quality(marks, b.start()))));
            }
        } else {
            header = row("period", "start", "end", key + " consumption (" + unit + ")", "anomalies", "quality");
            for (ConsumptionBucket b : s.consumption()) {
                rows.add(new Row(b.start(), row(b.period(), b.start().toString(), b.end().toString(), number(b.quantity()),
                        String.valueOf(b.anomalies()), quality(marks, b.start()))));
            }
        }
        addMissing(s, rows);
        rows.sort(Comparator.comparing(Row::start));
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        rows.forEach(r -> csv.append(r.line()).append("\r\n"));
        return csv.toString();
    }

    private record Row(Instant start, String line) {
    }

    /** One empty row per missing interval: period (its start), start, end, empty numbers, "missing". */
    private static void addMissing(PointSeries s, List<Row> rows) {
        if (s.quality() == null) {
            return;
        }
        int emptyNumbers = s.values() != null ? 4 : 2;
        for (QualityInterval interval : s.quality()) {
            if (!QualityInterval.MISSING.equals(interval.quality())) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(interval.start().toString(), interval.start().toString(), interval.end().toString()));
            for (int i = 0; i < emptyNumbers; i++) {
                cells.add("");
            }
            cells.add(QualityInterval.MISSING);
            rows.add(new Row(interval.start(), row(cells.toArray(String[]::new))));
        }
    }

    private static String quality(NavigableMap<Instant, QualityInterval> intervals, Instant start) {
        Map.Entry<Instant, QualityInterval> at = intervals.floorEntry(start);
        return at != null && start.isBefore(at.getValue().end()) ? at.getValue().quality() : Quality.GOOD.label();
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    private static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String c = cells[i];
            line.append(c.matches(".*[\",\\r\\n].*") ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        return line.toString();
    }
}
