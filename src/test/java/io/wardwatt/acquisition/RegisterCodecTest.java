package io.wardwatt.acquisition;

import static io.wardwatt.acquisition.ByteOrder.BIG;
import static io.wardwatt.acquisition.ByteOrder.LITTLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Every type in every word order (big = ABCD, little = CDAB) and byte order (little = bytes swapped: BADC,
 * DCBA). Each case decodes captured words to the engineering value and encodes the value back to the same words.
 */
class RegisterCodecTest {

    private static final WordOrder HIGH_FIRST = WordOrder.BIG;
    private static final WordOrder LOW_FIRST = WordOrder.LITTLE;

    /** Decodes the words, then encodes the value and expects the same words back. */
    private static void roundTrip(RegisterPoint point, double expected, int... words) {
        assertEquals(expected, RegisterCodec.decode(point, words), Math.abs(expected) * 1e-12, point.type() + " " + point.wordOrder() + "/" + point.byteOrder());
        assertArrayEquals(words, RegisterCodec.encode(point, expected), point.type() + " " + point.wordOrder() + "/" + point.byteOrder());
    }

    @Test
    void int16() {
        RegisterType t = RegisterType.INT16; // raw -1234 * 0.1: a battery charging at 123.4 kW
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 0.1, 0), -123.4, 0xFB2E); // -123.4 kW as int16 AB
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 0.1, 0), -123.4, 0xFB2E); // -123.4 kW: word order means nothing for one word
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 0.1, 0), -123.4, 0x2EFB); // -123.4 kW as int16 BA
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 0.1, 0), -123.4, 0x2EFB); // -123.4 kW as int16 BA
    }

    @Test
    void uint16() {
        RegisterType t = RegisterType.UINT16; // raw 54321: run hours past the int16 range
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 1, 0), 54321, 0xD431); // 54321 h as uint16 AB
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 1, 0), 54321, 0xD431); // 54321 h as uint16 AB
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 1, 0), 54321, 0x31D4); // 54321 h as uint16 BA
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 1, 0), 54321, 0x31D4); // 54321 h as uint16 BA
    }

    @Test
    void int32() {
        RegisterType t = RegisterType.INT32; // raw -1234567 * 0.01
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 0.01, 0), -12345.67, 0xFFED, 0x2979); // -12345.67 kW as int32 ABCD
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 0.01, 0), -12345.67, 0x2979, 0xFFED); // -12345.67 kW as int32 CDAB
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 0.01, 0), -12345.67, 0xEDFF, 0x7929); // -12345.67 kW as int32 BADC
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 0.01, 0), -12345.67, 0x7929, 0xEDFF); // -12345.67 kW as int32 DCBA
    }

    @Test
    void uint32() {
        RegisterType t = RegisterType.UINT32; // raw 3,000,000,000 * 0.01: a kWh register past the int32 range
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 0.01, 0), 30_000_000.0, 0xB2D0, 0x5E00); // 30,000,000.00 kWh as uint32 ABCD
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 0.01, 0), 30_000_000.0, 0x5E00, 0xB2D0); // 30,000,000.00 kWh as uint32 CDAB
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 0.01, 0), 30_000_000.0, 0xD0B2, 0x005E); // 30,000,000.00 kWh as uint32 BADC
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 0.01, 0), 30_000_000.0, 0x005E, 0xD0B2); // 30,000,000.00 kWh as uint32 DCBA
    }

    @Test
    void int64() {
        RegisterType t = RegisterType.INT64; // raw 1,234,567,890,123 Wh * 0.001
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 0.001, 0), 1_234_567_890.123, 0x0000, 0x011F, 0x71FB, 0x04CB); // 1,234,567,890.123 kWh
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 0.001, 0), 1_234_567_890.123, 0x04CB, 0x71FB, 0x011F, 0x0000); // same, words reversed
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 0.001, 0), 1_234_567_890.123, 0x0000, 0x1F01, 0xFB71, 0xCB04); // same, bytes swapped
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 0.001, 0), 1_234_567_890.123, 0xCB04, 0xFB71, 0x1F01, 0x0000); // both reversed
    }

    @Test
    void negativeInt64() {
        RegisterPoint p = RegisterPoints.abcd(RegisterType.INT64, 1);
        roundTrip(p, -2, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFE); // -2 as int64 ABCDEFGH
    }

    @Test
    void float32() {
        RegisterType t = RegisterType.FLOAT32;
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 1, 0), 12.56f, 0x4148, 0xF5C3); // 12.56 degC as float32 ABCD
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 1, 0), 12.56f, 0xF5C3, 0x4148); // 12.56 degC as float32 CDAB
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 1, 0), 12.56f, 0x4841, 0xC3F5); // 12.56 degC as float32 BADC
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 1, 0), 12.56f, 0xC3F5, 0x4841); // 12.56 degC as float32 DCBA
    }

    @Test
    void float64() {
        RegisterType t = RegisterType.FLOAT64;
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, BIG, 1, 0), 98765.4321, 0x40F8, 0x1CD6, 0xE9E1, 0xB08A); // 98765.4321 m3 as float64 ABCDEFGH
        roundTrip(RegisterPoints.value(t, LOW_FIRST, BIG, 1, 0), 98765.4321, 0xB08A, 0xE9E1, 0x1CD6, 0x40F8); // 98765.4321 m3, words reversed
        roundTrip(RegisterPoints.value(t, HIGH_FIRST, LITTLE, 1, 0), 98765.4321, 0xF840, 0xD61C, 0xE1E9, 0x8AB0); // 98765.4321 m3, bytes swapped
        roundTrip(RegisterPoints.value(t, LOW_FIRST, LITTLE, 1, 0), 98765.4321, 0x8AB0, 0xE1E9, 0xD61C, 0xF840); // 98765.4321 m3, both reversed
    }

    @Test
    void offsetAppliesAfterScale() {
        RegisterPoint p = RegisterPoints.value(RegisterType.UINT16, HIGH_FIRST, BIG, 0.1, -40);
        roundTrip(p, 10.0, 0x01F4); // raw 500 * 0.1 - 40 = 10.0 degC
    }

    @Test
    void aBoolInARegisterIsItsBit() {
        assertEquals(1, RegisterCodec.decode(RegisterPoints.bit(3), 0x0008)); // 0b1000: bit 3 set
        assertEquals(0, RegisterCodec.decode(RegisterPoints.bit(2), 0x0008)); // 0b1000: bit 2 clear
        assertEquals(1, RegisterCodec.decode(RegisterPoints.bit(15), 0x8000)); // the top bit
        assertEquals(0x0009, RegisterCodec.encodeBit(RegisterPoints.bit(0), 0x0008, 1)); // sets bit 0, keeps bit 3
        assertEquals(0x0001, RegisterCodec.encodeBit(RegisterPoints.bit(3), 0x0009, 0)); // clears bit 3, keeps bit 0
    }

    @Test
    void aBoolWithoutBitIsTheWholeRegisterNonZero() {
        RegisterPoint p = RegisterPoints.abcd(RegisterType.BOOL, 1);
        assertEquals(1, RegisterCodec.decode(p, 0x0100)); // any bit set: on
        assertEquals(0, RegisterCodec.decode(p, 0x0000));
        assertArrayEquals(new int[] {1}, RegisterCodec.encode(p, 1));
        assertThrows(InvalidInputException.class, () -> RegisterCodec.encode(p, 2));
    }

    @Test
    void encodeRoundsToTheNearestRawValueHalvesAwayFromZero() {
        RegisterPoint tenths = RegisterPoints.abcd(RegisterType.INT16, 0.1);
        assertArrayEquals(new int[] {124}, RegisterCodec.encode(tenths, 12.36)); // raw 123.6 -> 124
        RegisterPoint halves = RegisterPoints.abcd(RegisterType.INT16, 0.5);
        assertArrayEquals(new int[] {0xFFFD}, RegisterCodec.encode(halves, -1.25)); // raw -2.5 -> -3
        assertArrayEquals(new int[] {3}, RegisterCodec.encode(halves, 1.25)); // raw 2.5 -> 3
    }

    @Test
    void encodeRefusesValuesThatDoNotFitTheType() {
        assertRefused(RegisterPoints.abcd(RegisterType.UINT16, 1), 65536, "does not fit a uint16");
        assertRefused(RegisterPoints.abcd(RegisterType.UINT16, 1), -1, "does not fit a uint16");
        assertRefused(RegisterPoints.abcd(RegisterType.INT16, 0.1), 3276.8, "does not fit a int16"); // raw 32768
        assertRefused(RegisterPoints.abcd(RegisterType.UINT32, 1), 4_294_967_296.0, "does not fit a uint32");
        assertRefused(RegisterPoints.abcd(RegisterType.INT32, 1), -2_147_483_649.0, "does not fit a int32");
        assertRefused(RegisterPoints.abcd(RegisterType.INT64, 1), 1e19, "does not fit a int64");
        assertRefused(RegisterPoints.abcd(RegisterType.FLOAT32, 1), 1e39, "does not fit a float32");
        assertRefused(RegisterPoints.abcd(RegisterType.FLOAT64, 1), Double.NaN, "finite");
        // the edges themselves fit
        assertArrayEquals(new int[] {0xFFFF}, RegisterCodec.encode(RegisterPoints.abcd(RegisterType.UINT16, 1), 65535));
        assertArrayEquals(new int[] {0x8000}, RegisterCodec.encode(RegisterPoints.abcd(RegisterType.INT16, 1), -32768));
    }

    private static void assertRefused(RegisterPoint point, double value, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterCodec.encode(point, value));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(point.name()), e.getMessage());
    }

    @Test
    void decodeReadsAPointOutOfALargerBlock() {
        RegisterPoint p = RegisterPoints.abcd(RegisterType.FLOAT32, 1); // at address 100
        int[] block = {0x0000, 0x0000, 0x4148, 0xF5C3, 0x0000}; // read from 98: the float is at offset 2
        assertEquals(12.56f, RegisterCodec.decode(p, block, 98));
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.decode(p, block, 102));
    }

    @Test
    void aFloatRegisterHoldingNaNDecodesToNaN() {
        assertTrue(Double.isNaN(RegisterCodec.decode(RegisterPoints.abcd(RegisterType.FLOAT32, 1), 0x7FC0, 0x0000))); // quiet NaN
    }
}
