package io.wardwatt.acquisition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writing one engineering value to one writable point, then reading it back. Refuses, before anything is
 * sent, a point that is not writable, a value outside the point's min..max, and a value its type cannot hold.
 * A bool that is one bit of a holding register is read, changed and written back whole (the other bits kept).
 */
public final class PointWrite {

    /** What was written and what the device holds afterwards. */
    public record Result(String point, double requested, double before, double readBack, int[] words, boolean confirmed) {

        @Override
        public String toString() {
            return point + ": " + before + " -> " + requested + " (read back " + readBack + (confirmed ? "" : ", NOT as written") + ", words "
                    + Arrays.toString(words) + ")";
        }
    }

    private PointWrite() {
    }

    /** @throws InvalidInputException naming the point when it may not take the value */
    public static void check(RegisterPoint point, double value) {
        List<InputProblem> problems = new ArrayList<>();
        if (!point.writable()) {
            problems.add(new InputProblem(point.name(), "is not writable (the template marks it read-only): nothing was written"));
        } else if (!Double.isFinite(value)) {
            problems.add(new InputProblem(point.name(), "the value must be a finite number, got " + value));
        } else {
            if (point.min() != null && value < point.min()) {
                problems.add(new InputProblem(point.name(), value + " " + point.unit() + " is below the point's minimum " + point.min()));
            }
            if (point.max() != null && value > point.max()) {
                problems.add(new InputProblem(point.name(), value + " " + point.unit() + " is above the point's maximum " + point.max()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (point.type() == RegisterType.BOOL) {
            RegisterCodec.bitOf(point, value);
        } else {
            RegisterCodec.encode(point, value);
        }
    }

    /** Checks, writes and reads back on an open connection. */
    public static Result perform(ModbusClient client, RegisterPoint point, double value) throws ModbusFailure {
        check(point, value);
        double before = read(client, point);
        int[] words;
        if (point.function() == RegisterFunction.COIL) {
            boolean bit = RegisterCodec.bitOf(point, value);
            client.writeCoil(point.address(), bit);
            words = new int[] {bit ? 1 : 0};
        } else if (point.type() == RegisterType.BOOL && point.bit() != null) {
            int current = client.readRegisters(RegisterFunction.HOLDING, point.address(), 1)[0];
            words = new int[] {RegisterCodec.encodeBit(point, current, value)};
            client.writeRegisters(point.address(), words);
        } else {
            words = RegisterCodec.encode(point, value);
            client.writeRegisters(point.address(), words);
        }
        double readBack = read(client, point);
        // equal to what the words encode (a float32 cannot hold every double; integers are rounded)
        double expected = point.function().isBits() ? (RegisterCodec.bitOf(point, value) ? 1 : 0)
                : RegisterCodec.decode(point, words);
        return new Result(point.name(), value, before, readBack, words, Double.compare(readBack, expected) == 0);
    }

    private static double read(ModbusClient client, RegisterPoint point) throws ModbusFailure {
        if (point.function().isBits()) {
            return RegisterCodec.decodeBit(client.readBits(point.function(), point.address(), 1)[0]);
        }
        return RegisterCodec.decode(point, client.readRegisters(point.function(), point.address(), point.width()));
    }
}
