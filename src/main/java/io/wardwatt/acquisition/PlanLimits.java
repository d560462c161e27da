package io.wardwatt.acquisition;

/**
 * How requests may be grouped. The protocol caps a read at 125 registers (function 3/4) and 2000 bits
 * (function 1/2); some gateways accept less, hence configurable. {@code maxGap} is the largest run of unused
 * registers read through to save a request: reading 10 idle registers costs 20 bytes, a request costs a round
 * trip. Bits are cheaper still: the gap allowed between bits is {@code maxGap * 16} (the same bytes on the wire).
 */
public record PlanLimits(int maxRegisters, int maxBits, int maxGap) {

    public static final int PROTOCOL_MAX_REGISTERS = 125;
    public static final int PROTOCOL_MAX_BITS = 2000;
    public static final PlanLimits DEFAULT = new PlanLimits(PROTOCOL_MAX_REGISTERS, PROTOCOL_MAX_BITS, 10);

    public PlanLimits {
        if (maxRegisters < 4 || maxRegisters > PROTOCOL_MAX_REGISTERS) {
            throw new IllegalArgumentException("maxRegisters must be 4.." + PROTOCOL_MAX_REGISTERS + " (a float64 needs 4), got " + maxRegisters);
        }
        if (maxBits < 1 || maxBits > PROTOCOL_MAX_BITS) {
            throw new IllegalArgumentException("maxBits must be 1.." + PROTOCOL_MAX_BITS + ", got " + maxBits);
        }
        if (maxGap < 0 || maxGap >= maxRegisters) {
            throw new IllegalArgumentException("maxGap must be 0.." + (maxRegisters - 1) + ", got " + maxGap);
        }
    }

    /** The same limits with another gap (a device's own {@code maxGap}). */
    public PlanLimits withMaxGap(int gap) {
        return new PlanLimits(maxRegisters, maxBits, gap);
    }

    int maxCount(RegisterFunction function) {
        return function.isBits() ? maxBits : maxRegisters;
    }

    int maxGap(RegisterFunction function) {
        return function.isBits() ? Math.min(maxGap * 16, maxBits - 1) : maxGap;
    }
}
