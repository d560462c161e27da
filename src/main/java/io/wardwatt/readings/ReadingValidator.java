package io.wardwatt.readings;

import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks incoming readings one by one and names every problem of every item: the point must exist, the time
 * must carry an offset and lie between {@link ValidationRules#earliest()} and a little ahead of now, the value
 * must be a finite number (and, on a cumulative counter, neither negative nor above the register's rollover),
 * the quality a known one. No I/O of its own: points come from the {@link PointDirectory} it is given.
 */
public final class ReadingValidator {

    private final PointDirectory points;
    private final ValidationRules rules;

    public ReadingValidator(PointDirectory points, ValidationRules rules) {
        this.points = Objects.requireNonNull(points, "points");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Checks a whole list at once. */
    public ValidatedReadings validate(List<IncomingReading> items, Instant now) {
        BatchCheck check = start(now);
        items.forEach(check::add);
        return check.finish();
    }

    /** Starts checking a request whose items arrive one at a time (a streamed body), against the clock {@code now}. */
    public BatchCheck start(Instant now) {
        return new BatchCheck(now);
    }

    /** The check of one request; items are numbered in the order they are added, from 0. Not thread-safe. */
    public final class BatchCheck {

        private final Instant latestAccepted;
        private final List<Reading> readings = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        /** Points already resolved in this request, by the text that named them; empty when unknown. */
        private final Map<String, Optional<MeasurementPoint>> byKeyText = new HashMap<>();
        private final Map<String, Optional<MeasurementPoint>> byIdText = new HashMap<>();
        /** The last time read and what it meant: a poller's batch repeats one time for many points. */
        private String lastTsText;
        private Instant lastTs;
        private int index;

        private BatchCheck(Instant now) {
            this.latestAccepted = now.plus(rules.futureTolerance());
        }

        public void add(IncomingReading item) {
            int at = index++;
            int problemsBefore = rejections.size();
            MeasurementPoint point = point(at, item);
            Instant ts = timestamp(at, item.ts());
            Double value = value(at, item.value(), point);
            Quality quality = quality(at, item.quality());
            if (rejections.size() == problemsBefore) {
                readings.add(new Reading(point.id(), ts, value, quality));
            }
        }

        public ValidatedReadings finish() {
            return new ValidatedReadings(index, readings, rejections);
        }

        private void reject(int at, String field, RejectionReason reason, String problem) {
            rejections.add(new Rejection(at, field, reason, problem));
        }

        private MeasurementPoint point(int at, IncomingReading item) {
            boolean hasKey = present(item.point());
            boolean hasId = present(item.pointId());
            if (!hasKey && !hasId) {
                reject(at, "point", RejectionReason.MISSING_FIELD, "missing: name the point as SITE/POINT in point, or give pointId");
                return null;
            }
            MeasurementPoint byKey = hasKey ? pointByKey(at, item.point().trim()) : null;
            MeasurementPoint byId = hasId ? pointById(at, item.pointId().trim()) : null;
            if (byKey != null && byId != null && byKey.id() != byId.id()) {
                reject(at, "pointId", RejectionReason.BAD_POINT_REFERENCE,
                        "point id " + byId.id() + " is " + byId.key() + ", not " + byKey.key() + " (id " + byKey.id() + ")");
                return null;
            }
            return byKey != null ? byKey : byId;
        }

        private MeasurementPoint pointByKey(int at, String key) {
            Optional<MeasurementPoint> found = byKeyText.get(key);
            if (found == null) {
                int slash = key.indexOf('/');
                if (slash <= 0 || slash == key.length() - 1) {
                    reject(at, "point", RejectionReason.BAD_POINT_REFERENCE, "'" + key + "' is not a SITE/POINT key");
                    return null;
                }
                found = points.byKey(key.substring(0, slash), key.substring(slash + 1));
                byKeyText.put(key, found);
            }
            if (found.isEmpty()) {
                reject(at, "point", RejectionReason.UNKNOWN_POINT, "unknown point '" + key + "'");
                return null;
            }
            return found.get();
        }

        private MeasurementPoint pointById(int at, String idText) {
            Optional<MeasurementPoint> found = byIdText.get(idText);
            if (found == null) {
                int id;
                try {
                    id = Integer.parseInt(idText);
                } catch (NumberFormatException e) {
                    reject(at, "pointId", RejectionReason.BAD_POINT_REFERENCE, "'" + idText + "' is not a point id (a whole number)");
                    return null;
                }
                found = points.byId(id);
                byIdText.put(idText, found);
            }
            if (found.isEmpty()) {
                reject(at, "pointId", RejectionReason.UNKNOWN_POINT, "unknown point id " + idText);
                return null;
            }
            return found.get();
        }

        private Instant timestamp(int at, String text) {
            if (!present(text)) {
                reject(at, "ts", RejectionReason.MISSING_FIELD, "missing: an ISO-8601 time with offset such as 2026-07-01T08:00:00+08:00");
                return null;
            }
            Instant ts;
            if (text.equals(lastTsText)) {
                ts = lastTs;
            } else {
                try {
                    ts = IsoTimestamps.parse(text.trim());
                } catch (DateTimeException e) {
                    reject(at, "ts", RejectionReason.BAD_TIMESTAMP, e.getMessage());
                    return null;
                }
                lastTsText = text;
                lastTs = ts;
            }
            if (ts.isAfter(latestAccepted)) {
                reject(at, "ts", RejectionReason.FUTURE_TIMESTAMP,
                        ts + " is more than " + DurationText.of(rules.futureTolerance()) + " in the future");
                return null;
            }
            if (ts.isBefore(rules.earliest())) {
                reject(at, "ts", RejectionReason.TOO_OLD,
                        ts + " is before " + rules.earliest() + ", the earliest accepted time (a device clock that was reset?)");
                return null;
            }
            return ts;
        }

        private Double value(int at, String text, MeasurementPoint point) {
            if (!present(text)) {
                reject(at, "value", RejectionReason.MISSING_FIELD, "missing: a number");
                return null;
            }
            String trimmed = text.trim();
            double value;
            try {
                value = DecimalText.parse(trimmed);
            } catch (NumberFormatException e) {
                reject(at, "value", RejectionReason.NOT_A_NUMBER, "'" + trimmed + "' is not a number");
                return null;
            }
            if (!Double.isFinite(value)) {
                reject(at, "value", RejectionReason.NOT_FINITE, "not a finite number");
                return null;
            }
            if (!endsLikeADecimal(trimmed)) {
                // Double.parseDouble also takes Java literals such as "1d" or "2f"; no meter sends those.
                reject(at, "value", RejectionReason.NOT_A_NUMBER, "'" + trimmed + "' is not a number");
                return null;
            }
            if (point != null && point.isCounter()) {
                if (value < 0) {
                    reject(at, "value", RejectionReason.NEGATIVE_COUNTER,
                            trimmed + " is negative, but " + point.key() + " is a cumulative counter");
                    return null;
                }
                if (point.rolloverValue() != null && value > point.rolloverValue()) {
                    reject(at, "value", RejectionReason.ABOVE_ROLLOVER,
                            trimmed + " is above " + point.key() + "'s register rollover value " + point.rolloverValue());
                    return null;
                }
            }
            return value;
        }

        private Quality quality(int at, String text) {
            if (!present(text)) {
                return Quality.GOOD;
            }
            Optional<Quality> quality = Quality.parse(text);
            if (quality.isEmpty()) {
                reject(at, "quality", RejectionReason.BAD_QUALITY,
                        "unknown quality '" + text.trim() + "' (good, estimated, stale, suspect, bad, or their codes 0-4)");
                return null;
            }
            return quality.get();
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean endsLikeADecimal(String text) {
        char last = text.charAt(text.length() - 1);
        return (last >= '0' && last <= '9') || last == '.';
    }
}
