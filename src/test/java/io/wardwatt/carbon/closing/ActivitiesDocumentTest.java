package io.wardwatt.carbon.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.carbon.activity.Activity;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a closed ledger records about its inputs reads back as written, and becomes the same activities. */
class ActivitiesDocumentTest {

    private static final ActivitiesDocument DOCUMENT = new ActivitiesDocument(List.of(
            new BookedActivity("electricity", new BigDecimal("150000.5"), "kWh", "metered", "meters S/INC1.KWH + S/INC2.KWH, 2026-09 consumption",
                    false, List.of(new MeterShare(1, "S/INC1.KWH", "kWh", new BigDecimal("100000.5"), 0),
                            new MeterShare(2, "S/INC2.KWH", "kWh", new BigDecimal("50000"), 2)), null),
            new BookedActivity("diesel", new BigDecimal("-0.50"), "t", "manual", "entry 9, correcting entry 4 to 1.0 t (booked 1.50 t before)", true,
                    List.of(), 9L)),
            List.of("pv_generated: the site has no point S/PV.KWH"));

    @Test
    void itReadsBackAsWritten() {
        String text = DOCUMENT.write();
        assertEquals(DOCUMENT, ActivitiesDocument.read(text));
        assertEquals(text, ActivitiesDocument.read(text).write());
        assertTrue(text.contains("\"quantity\" : -0.50"), "decimals as given, trailing zeros kept: " + text);
    }

    @Test
    void aCorrectionMayBeNegativeAnActivityMayNot() {
        List<Activity> activities = DOCUMENT.forCalculation();
        assertTrue(activities.get(1).correction());
        assertEquals(new BigDecimal("-0.50"), activities.get(1).quantity());
        BookedActivity negative = new BookedActivity("diesel", new BigDecimal("-1"), "t", "manual", "entry 3", false, List.of(), 3L);
        InvalidInputException e = assertThrows(InvalidInputException.class, negative::activity);
        assertTrue(e.getMessage().startsWith("entry 3: quantity -1 is negative"), e.getMessage());
    }
}
