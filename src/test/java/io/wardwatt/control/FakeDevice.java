package io.wardwatt.control;

import io.wardwatt.acquisition.FailureKind;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusFailure;
import io.wardwatt.acquisition.RegisterFunction;
import java.util.HashMap;
import java.util.Map;

/**
 * A device's registers in memory, answering as a Modbus device would: the real {@code PointWrite} writes and
 * reads back through it. It can stop answering, or keep its registers and ignore writes (a chiller switched to
 * local control), which is what makes a read-back fail. Counts the writes it received.
 */
final class FakeDevice implements ModbusClient {

    private final Map<Integer, Integer> holding = new HashMap<>();
    private final Map<Integer, Boolean> coils = new HashMap<>();
    boolean ignoresWrites;
    boolean silent;
    int writes;

    FakeDevice holding(int address, int word) {
        holding.put(address, word);
        return this;
    }

    FakeDevice coil(int address, boolean value) {
        coils.put(address, value);
        return this;
    }

    int holding(int address) {
        return holding.getOrDefault(address, 0);
    }

    boolean coil(int address) {
        return coils.getOrDefault(address, false);
    }

    @Override
    public int[] readRegisters(RegisterFunction function, int start, int count) throws ModbusFailure {
        answer();
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = holding(start + i);
        }
        return words;
    }

    @Override
    public boolean[] readBits(RegisterFunction function, int start, int count) throws ModbusFailure {
        answer();
        boolean[] bits = new boolean[count];
        for (int i = 0; i < count; i++) {
            bits[i] = coil(start + i);
        }
        return bits;
    }

    @Override
    public void writeRegisters(int start, int[] words) throws ModbusFailure {
        answer();
        writes++;
        if (!ignoresWrites) {
            for (int i = 0; i < words.length; i++) {
                holding.put(start + i, words[i]);
            }
        }
    }

    @Override
    public void writeCoil(int address, boolean value) throws ModbusFailure {
        answer();
        writes++;
        if (!ignoresWrites) {
            coils.put(address, value);
        }
    }

    private void answer() throws ModbusFailure {
        if (silent) {
            throw new ModbusFailure(FailureKind.TIMEOUT, "no answer within 1 s", null);
        }
    }

    @Override
    public void close() {
    }
}
