package io.wardwatt.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void agreesWithDoubleParseDoubleOnPlainDecimals() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long digits = random.nextLong() >>> random.nextInt(1, 64);
            int decimals = random.nextInt(0, 25);
            String text = new BigDecimal(java.math.BigInteger.valueOf(digits), decimals).toPlainString();
            if (random.nextBoolean()) {
                text = "-" + text;
            }
            assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(DecimalText.parse(text)), text);
        }
    }

    @Test
    void agreesOnTheOddCases() {
        for (String text : List.of("0", "-0", "+5", "1.", ".5", "007.250", "9007199254740993", "1e3", "1E-7", "NaN", "-Infinity",
                "123456789012345678901234567890", "0.1000000000000000055511151231257827")) {
            assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(DecimalText.parse(text)), text);
        }
        for (String bad : List.of("", ".", "-", "1.2.3", "abc", "1,5")) {
            assertThrows(NumberFormatException.class, () -> DecimalText.parse(bad), bad);
        }
    }
}
