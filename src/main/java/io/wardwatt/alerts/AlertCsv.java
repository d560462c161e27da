package io.wardwatt.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Alerts as CSV (RFC 4180, comma, header line) for a spreadsheet: one row per alert, numbers with a dot. */
public final class AlertCsv {

    static final String HEADER = "id,kind,site,source,period,status,severity,measured,expected,kwh_wasted,raised_at,updated_at,"
            + "cleared_at,acknowledged_at,acknowledged_by,acknowledge_comment,text";

    private AlertCsv() {
    }

    public static String write(List<Alert> alerts) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Alert a : alerts) {
            csv.append(a.id()).append(',').append(field(a.kind())).append(',').append(field(a.site())).append(',')
                    .append(field(a.source())).append(',').append(field(a.period())).append(',').append(a.status()).append(',')
                    .append(a.severity()).append(',').append(number(a.measured())).append(',').append(number(a.expected())).append(',')
                    .append(number(a.kwhWasted())).append(',').append(time(a.raisedAt())).append(',').append(time(a.updatedAt()))
                    .append(',').append(time(a.clearedAt())).append(',').append(time(a.acknowledgedAt())).append(',')
                    .append(field(a.acknowledgedBy())).append(',').append(field(a.acknowledgeComment())).append(',')
                    .append(field(a.text())).append("\r\n");
        }
        return csv.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String time(Instant value) {
        return value == null ? "" : value.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would be run as a formula by a spreadsheet: quote it and prefix an apostrophe.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || !safe.equals(value)) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
