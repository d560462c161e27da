package io.wardwatt.acquisition;

import java.util.List;

/**
 * One Modbus read: {@code count} registers (or bits) of one function from {@code start}, and the points
 * decoded from the answer.
 */
public record ReadRequest(RegisterFunction function, int start, int count, List<RegisterPoint> points) {

    public ReadRequest {
        points = List.copyOf(points);
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
