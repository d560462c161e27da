package io.wardwatt.readings.rollup;

import io.wardwatt.input.InputProblem;
import io.wardwatt.site.MeasurementPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A meter replacement as an engineer reports it, before it is checked against its point. */
public record NewMeterReplacement(Instant replacedAt, Double oldFinalValue, Double newInitialValue, String note) {

    static final int MAX_NOTE_LENGTH = 2000;

    /** What is wrong with this replacement for that point; empty when it can be recorded. */
    public List<InputProblem> problems(MeasurementPoint point) {
        List<InputProblem> problems = new ArrayList<>();
        if (!point.isCounter()) {
            problems.add(new InputProblem("pointId", "point " + point.key() + " is a " + point.kind()
                    + " point; meter replacements apply to COUNTER points only"));
        }
        if (replacedAt == null) {
            problems.add(new InputProblem("replacedAt", "required: the instant the meter was swapped, e.g. 2026-03-01T02:00:00Z"));
        }
        checkRegister("oldFinalValue", oldFinalValue, point.rolloverValue(), problems);
        checkRegister("newInitialValue", newInitialValue, point.rolloverValue(), problems);
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            problems.add(new InputProblem("note", "at most " + MAX_NOTE_LENGTH + " characters, got " + note.length()));
        }
        return problems;
    }

    private static void checkRegister(String field, Double value, Double rollover, List<InputProblem> problems) {
        if (value == null) {
            problems.add(new InputProblem(field, "required: a register value in the point's unit"));
        } else if (!Double.isFinite(value) || value < 0) {
            problems.add(new InputProblem(field, "must be a register value >= 0, got " + value));
        } else if (rollover != null && value >= rollover) {
            problems.add(new InputProblem(field, "must be below the register's rollover value " + rollover + ", got " + value));
        }
    }

    /** Same replacement as one already recorded (a client retrying), as opposed to a contradicting one. */
    public boolean sameAs(RecordedReplacement recorded) {
        return recorded.replacedAt().equals(replacedAt) && recorded.oldFinalValue() == oldFinalValue
                && recorded.newInitialValue() == newInitialValue && Objects.equals(emptyToNull(note), emptyToNull(recorded.note()));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public MeterReplacement toReplacement() {
        return new MeterReplacement(replacedAt, oldFinalValue, newInitialValue);
    }
}
