package io.wardwatt.sim.runtime;

import com.ghgande.j2mod.modbus.procimg.DigitalIn;
import com.ghgande.j2mod.modbus.procimg.DigitalOut;
import com.ghgande.j2mod.modbus.procimg.FIFO;
import com.ghgande.j2mod.modbus.procimg.File;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.ProcessImage;
import com.ghgande.j2mod.modbus.procimg.Register;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.RegisterCodec;
import io.wardwatt.acquisition.RegisterFunction;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.acquisition.RegisterType;
import io.wardwatt.sim.SimulatedDevice;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register image of one simulated device, served by a j2mod slave: the four Modbus tables laid out by the
 * device's template and encoded from the simulation with {@link RegisterCodec}, the same codec the poller
 * decodes with. Addresses between a table's first and last point read 0 where no point lies (a poller may
 * read across gaps); addresses outside answer "illegal data address". Only the template's writable points
 * accept writes; a written point reaches the simulation at the next {@link #applyWrites}, once all its registers
 * are written (a value sent as two registers is applied whole).
 */
final class DeviceRegisters implements ProcessImage {

    private final DeviceTemplate template;
    private final Map<RegisterFunction, Table> tables = new EnumMap<>(RegisterFunction.class);
    private final Set<String> missing = new LinkedHashSet<>();
    private final Map<String, Double> counterOffsets = new java.util.HashMap<>();
    /**
     * The controller is in local mode (its panel switched from remote to local): it answers writes but ignores
     * them, so the registers keep showing its own values (a supervisor's read-back then fails).
     */
    private volatile boolean local;

    DeviceRegisters(DeviceTemplate template) {
        this.template = template;
        for (RegisterFunction function : RegisterFunction.values()) {
            List<RegisterPoint> points = template.enabledPoints().stream().filter(p -> p.function() == function).toList();
            if (!points.isEmpty()) {
                int first = points.stream().mapToInt(RegisterPoint::address).min().orElseThrow();
                int last = points.stream().mapToInt(RegisterPoint::lastAddress).max().orElseThrow();
                Table table = new Table(first, last);
                points.stream().filter(RegisterPoint::writable).forEach(p -> {
                    for (int a = p.address(); a <= p.lastAddress(); a++) {
                        table.writable.add(a);
                    }
                });
                tables.put(function, table);
            }
        }
    }

    /** Hands the writes received since the last call to the device (each point once all its registers are written). */
    synchronized void applyWrites(SimulatedDevice device, Instant now) {
        for (RegisterPoint point : template.enabledPoints()) {
            Table table = table(point);
            if (point.writable() && table.allPending(point)) {
                double value = point.function().isBits() ? (table.bits[point.address() - table.first] ? 1 : 0)
                        : RegisterCodec.decode(point, table.words, table.first);
                device.write(point.name(), limit(point, value), now);
                table.clearPending(point);
            }
        }
    }

    /**
     * Continues the device's counters from remembered values: each counter point shows the simulation's value
     * plus the difference to what it showed before the restart (never less than the simulation's own value).
     */
    synchronized void continueCounters(SimulatedDevice device, Instant now, Map<String, Double> remembered) {
        Map<String, Double> values = device.values(now);
        for (RegisterPoint point : template.enabledPoints()) {
            Double saved = remembered.get(point.name());
            Double current = values.get(point.name());
            if (point.isCounter() && saved != null && current != null && saved > current) {
                counterOffsets.put(point.name(), saved - current);
            }
        }
    }

    /** The counter points' values as shown (offsets included), for the counter memory. */
    synchronized Map<String, Double> counters(SimulatedDevice device, Instant now) {
        Map<String, Double> values = device.values(now);
        Map<String, Double> counters = new java.util.TreeMap<>();
        for (RegisterPoint point : template.enabledPoints()) {
            Double value = values.get(point.name());
            if (point.isCounter() && value != null) {
                counters.put(point.name(), value + counterOffsets.getOrDefault(point.name(), 0.0));
            }
        }
        return counters;
    }

    /**
     * Encodes what the device shows now into the registers (a point whose write is half received is left alone).
     *
     * @return the template points the device has no value for (left at 0)
     */
    synchronized Set<String> encode(SimulatedDevice device, Instant now) {
        Map<String, Double> values = device.values(now);
        for (RegisterPoint point : template.enabledPoints()) {
            Double value = values.get(point.name());
            if (value == null) {
                missing.add(point.name());
                continue;
            }
            if (point.writable() && table(point).anyPending(point)) {
                continue;
            }
            encode(point, value + counterOffsets.getOrDefault(point.name(), 0.0));
        }
        return Set.copyOf(missing);
    }

    private void encode(RegisterPoint point, double value) {
        Table table = table(point);
        int at = point.address() - table.first;
        if (point.function().isBits()) {
            table.bits[at] = value != 0;
            return;
        }
        double fitted = fit(point, value);
        if (point.type() == RegisterType.BOOL && point.bit() != null) {
            table.words[at] = RegisterCodec.encodeBit(point, table.words[at], fitted != 0 ? 1 : 0);
            return;
        }
        if (point.type() == RegisterType.BOOL) {
            fitted = fitted != 0 ? 1 : 0;
        }
        int[] words = RegisterCodec.encode(point, fitted);
        System.arraycopy(words, 0, table.words, at, words.length);
    }

    /**
     * Makes a value fit its register as a device would: a counter wraps at its rollover, any other integer
     * register saturates at the ends of its type (a meter shows its full scale, it does not wrap).
     */
    static double fit(RegisterPoint point, double value) {
        double fitted = value;
        if (point.isCounter() && point.rollover() != null) {
            fitted = fitted % point.rollover();
        }
        if (point.type().isFloating() || point.type() == RegisterType.BOOL) {
            return fitted;
        }
        double a = point.type().minRaw() * point.scale() + point.offset();
        double b = point.type().maxRaw() * point.scale() + point.offset();
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), fitted));
    }

    private static double limit(RegisterPoint point, double value) {
        double limited = value;
        if (point.min() != null) {
            limited = Math.max(point.min(), limited);
        }
        if (point.max() != null) {
            limited = Math.min(point.max(), limited);
        }
        return limited;
    }

    private Table table(RegisterPoint point) {
        return tables.get(point.function());
    }

    private Table table(RegisterFunction function, int address, int count) {
        Table table = tables.get(function);
        if (table == null || address < table.first || address + count - 1 > table.last || count < 1) {
            throw new IllegalAddressException();
        }
        return table;
    }

    // --- j2mod access (request threads) ---

    @Override
    public synchronized DigitalOut[] getDigitalOutRange(int offset, int count) {
        Table table = table(RegisterFunction.COIL, offset, count);
        DigitalOut[] out = new DigitalOut[count];
        for (int i = 0; i < count; i++) {
            out[i] = new Coil(table, offset + i);
        }
        return out;
    }

    @Override
    public DigitalOut getDigitalOut(int ref) {
        return getDigitalOutRange(ref, 1)[0];
    }

    @Override
    public int getDigitalOutCount() {
        return count(RegisterFunction.COIL);
    }

    @Override
    public synchronized DigitalIn[] getDigitalInRange(int offset, int count) {
        Table table = table(RegisterFunction.DISCRETE_INPUT, offset, count);
        DigitalIn[] in = new DigitalIn[count];
        for (int i = 0; i < count; i++) {
            boolean value = table.bits[offset + i - table.first];
            in[i] = () -> value;
        }
        return in;
    }

    @Override
    public DigitalIn getDigitalIn(int ref) {
        return getDigitalInRange(ref, 1)[0];
    }

    @Override
    public int getDigitalInCount() {
        return count(RegisterFunction.DISCRETE_INPUT);
    }

    @Override
    public synchronized InputRegister[] getInputRegisterRange(int offset, int count) {
        Table table = table(RegisterFunction.INPUT, offset, count);
        InputRegister[] registers = new InputRegister[count];
        for (int i = 0; i < count; i++) {
            registers[i] = new Word(table, offset + i, false);
        }
        return registers;
    }

    @Override
    public InputRegister getInputRegister(int ref) {
        return getInputRegisterRange(ref, 1)[0];
    }

    @Override
    public int getInputRegisterCount() {
        return count(RegisterFunction.INPUT);
    }

    @Override
    public synchronized Register[] getRegisterRange(int offset, int count) {
        Table table = table(RegisterFunction.HOLDING, offset, count);
        Register[] registers = new Register[count];
        for (int i = 0; i < count; i++) {
            registers[i] = new Word(table, offset + i, true);
        }
        return registers;
    }

    @Override
    public Register getRegister(int ref) {
        return getRegisterRange(ref, 1)[0];
    }

    @Override
    public int getRegisterCount() {
        return count(RegisterFunction.HOLDING);
    }

    @Override
    public File getFile(int offset) {
        throw new IllegalAddressException();
    }

    @Override
    public File getFileByNumber(int ref) {
        throw new IllegalAddressException();
    }

    @Override
    public int getFileCount() {
        return 0;
    }

    @Override
    public FIFO getFIFO(int offset) {
        throw new IllegalAddressException();
    }

    @Override
    public FIFO getFIFOByAddress(int ref) {
        throw new IllegalAddressException();
    }

    @Override
    public int getFIFOCount() {
        return 0;
    }

    private int count(RegisterFunction function) {
        Table table = tables.get(function);
        return table == null ? 0 : table.last + 1;
    }

    /** One Modbus table from its first to its last used address, and the addresses written but not yet applied. */
    private static final class Table {
        final int first;
        final int last;
        final int[] words;
        final boolean[] bits;
        final Set<Integer> writable = new HashSet<>();
        final Set<Integer> pending = new HashSet<>();

        Table(int first, int last) {
            this.first = first;
            this.last = last;
            this.words = new int[last - first + 1];
            this.bits = new boolean[last - first + 1];
        }

        boolean allPending(RegisterPoint point) {
            for (int a = point.address(); a <= point.lastAddress(); a++) {
                if (!pending.contains(a)) {
                    return false;
                }
            }
            return true;
        }

        boolean anyPending(RegisterPoint point) {
            for (int a = point.address(); a <= point.lastAddress(); a++) {
                if (pending.contains(a)) {
                    return true;
                }
            }
            return false;
        }

        void clearPending(RegisterPoint point) {
            for (int a = point.address(); a <= point.lastAddress(); a++) {
                pending.remove(a);
            }
        }
    }

    void local(boolean local) {
        this.local = local;
    }

    /** A holding or input register; writes reach the table only where the template allows them. */
    private final class Word implements Register {
        private final Table table;
        private final int address;
        private final boolean holding;

        Word(Table table, int address, boolean holding) {
            this.table = table;
            this.address = address;
            this.holding = holding;
        }

        @Override
        public int getValue() {
            synchronized (DeviceRegisters.this) {
                return table.words[address - table.first] & 0xFFFF;
            }
        }

        @Override
        public int toUnsignedShort() {
            return getValue();
        }

        @Override
        public short toShort() {
            return (short) getValue();
        }

        @Override
        public byte[] toBytes() {
            int value = getValue();
            return new byte[] {(byte) (value >> 8), (byte) value};
        }

        @Override
        public void setValue(int value) {
            synchronized (DeviceRegisters.this) {
                if (!holding || !table.writable.contains(address)) {
                    throw new IllegalAddressException("register " + address + " of " + template.id() + " is not writable");
                }
                if (local) {
                    return;
                }
                table.words[address - table.first] = value & 0xFFFF;
                table.pending.add(address);
            }
        }

        @Override
        public void setValue(short value) {
            setValue(value & 0xFFFF);
        }

        @Override
        public void setValue(byte[] bytes) {
            setValue(((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF));
        }
    }

    /** A coil; writable only where the template says so. */
    private final class Coil implements DigitalOut {
        private final Table table;
        private final int address;

        Coil(Table table, int address) {
            this.table = table;
            this.address = address;
        }

        @Override
        public boolean isSet() {
            synchronized (DeviceRegisters.this) {
                return table.bits[address - table.first];
            }
        }

        @Override
        public void set(boolean value) {
            synchronized (DeviceRegisters.this) {
                if (!table.writable.contains(address)) {
                    throw new IllegalAddressException("coil " + address + " of " + template.id() + " is not writable");
                }
                if (local) {
                    return;
                }
                table.bits[address - table.first] = value;
                table.pending.add(address);
            }
        }
    }
}
