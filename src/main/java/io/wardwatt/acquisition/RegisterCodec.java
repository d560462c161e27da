package io.wardwatt.acquisition;

import io.wardwatt.input.InvalidInputException;

/**
 * Turns register words into engineering values and back. Words are unsigned 16-bit values (0..65535) as
 * they travel on the wire, in address order. The codec first puts them into the canonical big-endian order
 * (high word first, high byte first, "ABCD"), then reads the type; encoding does the reverse.
 * <p>
 * Encoding rounds integer types to the nearest raw value (halves away from zero) and refuses a value that
 * does not fit the type after scale and offset: a write must never wrap silently.
 */
public final class RegisterCodec {

    private RegisterCodec() {
    }

    /**
     * Decodes a register point from the words of a block read starting at {@code blockStart}.
     *
     * @return the engineering value; NaN or infinite when a float register holds one (the caller decides)
     */
    public static double decode(RegisterPoint point, int[] block, int blockStart) {
        if (point.function().isBits()) {
            throw new IllegalArgumentException(point.name() + " is a " + point.function().label() + ": decode its bit with decodeBit");
        }
        int from = point.address() - blockStart;
        if (from < 0 || from + point.width() > block.length) {
            throw new IllegalArgumentException(point.label() + " is not inside the block read at " + blockStart + " (" + block.length + " words)");
        }
        if (point.type() == RegisterType.BOOL) {
            int word = swapped(block[from] & 0xFFFF, point.byteOrder());
            return point.bit() == null ? (word != 0 ? 1 : 0) : (word >> point.bit()) & 1;
        }
        long bits = canonicalBits(block, from, point);
        double raw = switch (point.type()) {
            case INT16 -> (short) bits;
            case UINT16 -> bits & 0xFFFF;
            case INT32 -> (int) bits;
            case UINT32 -> bits & 0xFFFF_FFFFL;
            case INT64 -> bits;
            case FLOAT32 -> Float.intBitsToFloat((int) bits);
            case FLOAT64 -> Double.longBitsToDouble(bits);
            case BOOL -> throw new IllegalStateException("handled above");
        };
        return raw * point.scale() + point.offset();
    }

    /** Decodes a point held entirely in {@code words} (its own words, first address first). */
    public static double decode(RegisterPoint point, int... words) {
        return decode(point, words, point.address());
    }

    /** A coil or discrete input: 1 or 0. */
    public static double decodeBit(boolean bit) {
        return bit ? 1 : 0;
    }

    /**
     * Encodes an engineering value into the point's words in wire order. For a bool in a register with a
     * {@code bit}, use {@link #encodeBit} (the other bits of the register must be kept).
     *
     * @throws InvalidInputException when the value does not fit the type, is not finite, or is not 0/1 for a bool
     */
    public static int[] encode(RegisterPoint point, double value) {
        if (point.function().isBits()) {
            throw new IllegalArgumentException(point.name() + " is a " + point.function().label() + ": encode it with bitOf");
        }
        if (point.type() == RegisterType.BOOL) {
            if (point.bit() != null) {
                throw new IllegalArgumentException(point.name() + " is bit " + point.bit() + " of a register: encode it with encodeBit");
            }
            return new int[] {swapped(bitOf(point, value) ? 1 : 0, point.byteOrder())};
        }
        long bits = rawBits(point, value);
        int words = point.type().words();
        int[] out = new int[words];
        for (int w = 0; w < words; w++) {
            int word = (int) (bits >>> (16 * (words - 1 - w))) & 0xFFFF;
            int position = point.wordOrder() == WordOrder.BIG ? w : words - 1 - w;
            out[position] = swapped(word, point.byteOrder());
        }
        return out;
    }

    /** The register {@code current} with the point's bit set to the value (0 or 1), other bits kept. */
    public static int encodeBit(RegisterPoint point, int current, double value) {
        if (point.type() != RegisterType.BOOL || point.bit() == null) {
            throw new IllegalArgumentException(point.name() + " is not a bit of a register");
        }
        int word = swapped(current & 0xFFFF, point.byteOrder());
        int mask = 1 << point.bit();
        word = bitOf(point, value) ? word | mask : word & ~mask;
        return swapped(word, point.byteOrder());
    }

    /** A bool's value as a bit: only 0 and 1 are accepted. */
    public static boolean bitOf(RegisterPoint point, double value) {
        if (value == 0.0) {
            return false;
        }
        if (value == 1.0) {
            return true;
        }
        throw new InvalidInputException(point.name(), "a bool takes 0 or 1, got " + value);
    }

    private static long rawBits(RegisterPoint point, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(point.name(), "the value must be a finite number, got " + value);
        }
        double raw = (value - point.offset()) / point.scale();
        RegisterType type = point.type();
        if (type == RegisterType.FLOAT64) {
            return Double.doubleToLongBits(raw);
        }
        if (type == RegisterType.FLOAT32) {
            if (Math.abs(raw) > Float.MAX_VALUE) {
                throw new InvalidInputException(point.name(), value + " does not fit a float32 (raw " + raw + ")");
            }
            return Float.floatToIntBits((float) raw) & 0xFFFF_FFFFL;
        }
        // Compared as doubles before rounding: Math.round would clamp an int64 overflow instead of failing.
        if (raw < type.minRaw() - 0.5 || raw >= type.maxRaw() + 0.5) {
            throw new InvalidInputException(point.name(), value + " " + point.unit() + " does not fit a " + type.label() + " (raw " + raw
                    + " with scale " + point.scale() + " and offset " + point.offset() + "; raw range " + type.minRaw() + ".." + type.maxRaw() + ")");
        }
        // Halves away from zero; the cast is exact at the int64 edges where Math.round would clamp.
        return (long) (raw < 0 ? Math.ceil(raw - 0.5) : Math.floor(raw + 0.5));
    }

    /** Reads {@code width} words from {@code from} into one big-endian number, undoing word and byte order. */
    private static long canonicalBits(int[] block, int from, RegisterPoint point) {
        int words = point.type().words();
        long bits = 0;
        for (int w = 0; w < words; w++) {
            int position = point.wordOrder() == WordOrder.BIG ? w : words - 1 - w;
            bits = (bits << 16) | swapped(block[from + position] & 0xFFFF, point.byteOrder());
        }
        return bits;
    }

    private static int swapped(int word, ByteOrder order) {
        return order == ByteOrder.BIG ? word : ((word & 0xFF) << 8) | ((word >> 8) & 0xFF);
    }
}
