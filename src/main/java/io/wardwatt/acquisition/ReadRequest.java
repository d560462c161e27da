package io.wardwatt.acquisition;

import java.util.ArrayList;
import java.util.List;

/**
 * One Modbus read: {@code count} registers (or bits) of one function from {@code start}, and the points
 * decoded from the answer.
 */
public record ReadRequest(RegisterFunction function, int start, int count, List<RegisterPoint> points) {

    public ReadRequest {
        points = List.copyOf(points);
    }

    /** A decoded point: its engineering value (NaN or infinite when a float register holds one). */
    public record PointValue(RegisterPoint point, double value) {
    }

    /** The points' values from the words a register read answered (first word = {@code start}). */
    public List<PointValue> decode(int[] words) {
        if (function.isBits() || words.length < count) {
            throw new IllegalArgumentException(this + " expects " + count + " register words, got " + words.length);
        }
        List<PointValue> values = new ArrayList<>(points.size());
        for (RegisterPoint p : points) {
            values.add(new PointValue(p, RegisterCodec.decode(p, words, start)));
        }
        return values;
    }

    /** The points' values from the bits a coil or discrete-input read answered (first bit = {@code start}). */
    public List<PointValue> decodeBits(boolean[] bits) {
        if (!function.isBits() || bits.length < count) {
            throw new IllegalArgumentException(this + " expects " + count + " bits, got " + bits.length);
        }
        List<PointValue> values = new ArrayList<>(points.size());
        for (RegisterPoint p : points) {
            values.add(new PointValue(p, RegisterCodec.decodeBit(bits[p.address() - start])));
        }
        return values;
    }

    /** The last address read. */
    public int end() {
        return start + count - 1;
    }

    /** Registers or bits read that no point uses (the price of a merged request). */
    public int unused() {
        boolean[] used = new boolean[count];
        for (RegisterPoint p : points) {
            for (int a = p.address(); a <= p.lastAddress(); a++) {
                used[a - start] = true;
            }
        }
        int unused = 0;
        for (boolean u : used) {
            unused += u ? 0 : 1;
        }
        return unused;
    }

    @Override
    public String toString() {
        return function.label() + " " + start + ".." + end() + " (" + count + ", " + points.size() + " points)";
    }
}
