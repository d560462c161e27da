package io.wardwatt.acquisition.runtime;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import io.wardwatt.acquisition.FailureKind;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusEndpoint;
import io.wardwatt.acquisition.ModbusFailure;
import io.wardwatt.acquisition.RegisterFunction;
import java.net.SocketTimeoutException;
import java.util.Locale;

/** The core's {@link ModbusClient} over one j2mod TCP master; j2mod's exceptions become failure kinds. */
final class J2modClient implements ModbusClient {

    private final ModbusTCPMaster master;
    private final ModbusEndpoint endpoint;

    J2modClient(ModbusTCPMaster master, ModbusEndpoint endpoint) {
        this.master = master;
        this.endpoint = endpoint;
    }

    @Override
    public int[] readRegisters(RegisterFunction function, int start, int count) throws ModbusFailure {
        try {
            InputRegister[] registers = function == RegisterFunction.HOLDING
                    ? master.readMultipleRegisters(endpoint.unitId(), start, count)
                    : master.readInputRegisters(endpoint.unitId(), start, count);
            if (registers == null || registers.length != count) {
                throw new ModbusFailure(FailureKind.INVALID_RESPONSE, "asked for " + count + " registers, got "
                        + (registers == null ? "none" : registers.length), null);
            }
            int[] words = new int[count];
            for (int i = 0; i < count; i++) {
                words[i] = registers[i].toUnsignedShort();
            }
            return words;
        } catch (ModbusException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean[] readBits(RegisterFunction function, int start, int count) throws ModbusFailure {
        try {
            BitVector vector = function == RegisterFunction.COIL
                    ? master.readCoils(endpoint.unitId(), start, count)
                    : master.readInputDiscretes(endpoint.unitId(), start, count);
            if (vector == null || vector.size() < count) {
                throw new ModbusFailure(FailureKind.INVALID_RESPONSE, "asked for " + count + " bits, got " + (vector == null ? "none" : vector.size()), null);
            }
            boolean[] bits = new boolean[count];
            for (int i = 0; i < count; i++) {
                bits[i] = vector.getBit(i);
            }
            return bits;
        } catch (ModbusException e) {
            throw failure(e);
        }
    }

    @Override
    public void writeRegisters(int start, int[] words) throws ModbusFailure {
        Register[] registers = new Register[words.length];
        for (int i = 0; i < words.length; i++) {
            registers[i] = new SimpleRegister(words[i]);
        }
        try {
            master.writeMultipleRegisters(endpoint.unitId(), start, registers);
        } catch (ModbusException e) {
            throw failure(e);
        }
    }

    @Override
    public void writeCoil(int address, boolean value) throws ModbusFailure {
        try {
            master.writeCoil(endpoint.unitId(), address, value);
        } catch (ModbusException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        master.disconnect();
    }

    private ModbusFailure failure(ModbusException e) {
        if (e instanceof ModbusSlaveException slave) {
            return new ModbusFailure(FailureKind.EXCEPTION, slave.getType(), slave.getMessage(), e);
        }
        String message = rootMessage(e);
        boolean timeout = causedBy(e, SocketTimeoutException.class) || message.toLowerCase(Locale.ROOT).contains("timed out")
                || message.toLowerCase(Locale.ROOT).contains("timeout");
        if (timeout) {
            return new ModbusFailure(FailureKind.TIMEOUT, "no answer from " + endpoint + " within " + endpoint.timeout().toMillis() + " ms", e);
        }
        return new ModbusFailure(e instanceof ModbusIOException ? FailureKind.IO : FailureKind.INVALID_RESPONSE, message, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    }
}
