package io.wardwatt.carbon.activity;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A month's activity entered by a person, or a correction of a closed month: what the service stores as an activity
 * entry, checked field by field before anything is stored.
 *
 * <p>Rules: {@code manual} needs its evidence (a file) or a reference to the source document (an invoice or delivery
 * note number), so every manual figure can be traced; {@code estimated} needs a note saying how it was estimated;
 * {@code metered} cannot be entered (meter data comes from the meters). A correction refers to the original, either an
 * entry ({@code adjustsEntryId}) or a closed month's metered quantity of the carrier ({@code adjustsMonth}); its
 * quantity is the corrected quantity, and it needs a note saying what was wrong.
 *
 * @param month          the month the entry is booked in (for a correction: the open month it is booked in)
 * @param quantity       0 or more (a correction gives the corrected quantity, not the difference)
 * @param adjustsMonth   for a correction of a closed month's metered quantity of the carrier
 */
public record ManualActivity(String site, YearMonth month, Carrier carrier, BigDecimal quantity, QuantityUnit unit, DataSource source,
        String reference, String note, Evidence evidence, Long adjustsEntryId, YearMonth adjustsMonth) {

    static final int MAX_NOTE = 2000;
    static final int MAX_REFERENCE = 200;
    static final int MAX_FILE_NAME = 255;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");

    public ManualActivity {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (quantity == null || quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must be 0 or more: " + quantity);
        }
    }

    /** A correction of a closed month (or of an earlier entry). */
    public boolean correction() {
        return adjustsEntryId != null || adjustsMonth != null;
    }

    /**
     * Reads an entry as a client wrote it.
     *
     * @param source {@code manual} when null
     * @throws InvalidInputException with every problem, each at its field
     */
    public static ManualActivity of(String site, String month, String carrier, BigDecimal quantity, String unit, String source,
            String reference, String note, Evidence evidence, Long adjustsEntryId, String adjustsMonth) {
        List<InputProblem> problems = new ArrayList<>();
        String siteCode = clean(site);
        if (siteCode == null) {
            problems.add(new InputProblem("site", "required: the site's code, e.g. HOSP"));
        }
        YearMonth bookedIn = month(month, "month", true, problems);
        Carrier parsedCarrier = null;
        if (clean(carrier) == null) {
            problems.add(new InputProblem("carrier", "required, e.g. diesel or refrigerant:R-134a"));
        } else {
            try {
                parsedCarrier = Carrier.parse(carrier, "carrier");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (quantity == null) {
            problems.add(new InputProblem("quantity", "required: a number, 0 or more"));
        } else if (quantity.signum() < 0) {
            problems.add(new InputProblem("quantity", "is " + quantity.toPlainString() + ", negative: give what was bought, used or topped up"
                    + (adjustsEntryId != null || clean(adjustsMonth) != null ? " (a correction gives the corrected quantity; the difference is"
                    + " booked)" : "; to correct a closed month, give the corrected quantity with adjustsEntryId or adjustsMonth")));
        }
        QuantityUnit parsedUnit = null;
        if (clean(unit) == null) {
            problems.add(new InputProblem("unit", "required: kWh, MWh, GJ, m3, t or kg as the carrier takes"));
        } else {
            parsedUnit = QuantityUnit.of(unit).orElse(null);
            if (parsedUnit == null) {
                problems.add(new InputProblem("unit", "unknown unit '" + unit.strip() + "': kWh, MWh, GJ, m3, t or kg"));
            } else if (parsedCarrier != null && !parsedCarrier.kind().units().contains(parsedUnit)) {
                problems.add(new InputProblem("unit", parsedUnit + " does not fit " + parsedCarrier + ": " + parsedCarrier.kind().unitHint()));
            }
        }
        DataSource parsedSource = clean(source) == null ? DataSource.MANUAL : DataSource.of(source).orElse(null);
        if (parsedSource == null) {
            problems.add(new InputProblem("source", "unknown source '" + source.strip() + "': manual or estimated"));
        } else if (parsedSource == DataSource.METERED) {
            problems.add(new InputProblem("source", "metered quantities come from the meters (wardwatt.carbon.activities); enter manual or"
                    + " estimated, or correct a closed month's metered quantity with adjustsMonth"));
        }
        String cleanReference = clean(reference);
        String cleanNote = clean(note);
        length(cleanReference, "reference", MAX_REFERENCE, problems);
        length(cleanNote, "note", MAX_NOTE, problems);
        evidence(evidence, problems);
        if (parsedSource == DataSource.MANUAL && evidence == null && cleanReference == null) {
            problems.add(new InputProblem("evidence", "a manual entry needs its evidence (a file) or a reference to the source document"
                    + " (invoice, delivery note or service log number)"));
        }
        if (parsedSource == DataSource.ESTIMATED && cleanNote == null) {
            problems.add(new InputProblem("note", "an estimated entry needs a note saying how it was estimated"));
        }
        YearMonth adjusted = month(adjustsMonth, "adjustsMonth", false, problems);
        if (adjustsEntryId != null && adjusted != null) {
            problems.add(new InputProblem("adjustsMonth", "a correction refers to one original: an entry (adjustsEntryId) or a month's"
                    + " metered quantity (adjustsMonth), not both"));
        }
        if ((adjustsEntryId != null || adjusted != null) && cleanNote == null) {
            problems.add(new InputProblem("note", "a correction needs a note saying what was wrong with the original"));
        }
        if (adjusted != null && bookedIn != null && !adjusted.isBefore(bookedIn)) {
            problems.add(new InputProblem("adjustsMonth", adjusted + " is not before " + bookedIn + ": a correction is booked in a later, open"
                    + " month"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ManualActivity(siteCode, bookedIn, parsedCarrier, quantity, parsedUnit, parsedSource, cleanReference, cleanNote, evidence,
                adjustsEntryId, adjusted);
    }

    private static YearMonth month(String text, String field, boolean required, List<InputProblem> problems) {
        if (clean(text) == null) {
            if (required) {
                problems.add(new InputProblem(field, "required: YYYY-MM, e.g. 2026-10"));
            }
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(field, "'" + text.strip() + "' is not a month: YYYY-MM, e.g. 2026-10"));
            return null;
        }
    }

    private static void evidence(Evidence evidence, List<InputProblem> problems) {
        if (evidence == null) {
            return;
        }
        String name = clean(evidence.fileName());
        if (name == null) {
            problems.add(new InputProblem("evidence.fileName", "required: the file's name, e.g. delivery-note-4711.pdf"));
        } else if (name.length() > MAX_FILE_NAME || name.contains("/") || name.contains("\\")) {
            problems.add(new InputProblem("evidence.fileName", "a file name of at most " + MAX_FILE_NAME + " characters, without a directory"));
        }
        if (clean(evidence.mediaType()) == null || !MEDIA_TYPE.matcher(evidence.mediaType().strip()).matches()) {
            problems.add(new InputProblem("evidence.mediaType", "required: a media type such as application/pdf or image/jpeg"));
        }
        if (evidence.content() == null || evidence.content().length == 0) {
            problems.add(new InputProblem("evidence.contentBase64", "required: the file's content, base64-encoded, not empty"));
        }
    }

    private static void length(String text, String field, int max, List<InputProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new InputProblem(field, "at most " + max + " characters (" + text.length() + " given)"));
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
