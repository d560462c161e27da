package io.wardwatt.readings;

/**
 * Reads a number as {@link Double#parseDouble} does, faster for the plain decimals meters send
 * ({@code 123.45}, {@code -7}): when the digits fit in 2^53 and there are at most 22 decimals, the value is
 * the digits divided by a power of ten, both exact doubles, so the one division rounds correctly (Clinger's
 * fast path). Anything else (exponents, long mantissas, NaN) goes to {@link Double#parseDouble}.
 */
public final class DecimalText {

    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long EXACT_LIMIT = 1L << 53;

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalText() {
    }

    /** @throws NumberFormatException as {@link Double#parseDouble} does */
    public static double parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int decimals = -1;
        int count = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
                if (digits >= EXACT_LIMIT) {
                    return Double.parseDouble(text);
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (count == 0 || decimals >= POWERS_OF_TEN.length) {
            return Double.parseDouble(text);
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -value : value;
    }
}
