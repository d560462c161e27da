package io.wardwatt.acquisition;

/**
 * One open Modbus TCP connection to one device (one unit id). Not shared between threads: each device has its
 * own. Implementations live in adapters (j2mod in {@code acquisition.runtime}); the core only sees this port.
 */
public interface ModbusClient extends AutoCloseable {

    /** Reads {@code count} holding or input registers as unsigned 16-bit words. */
    int[] readRegisters(RegisterFunction function, int start, int count) throws ModbusFailure;

    /** Reads {@code count} coils or discrete inputs. */
    boolean[] readBits(RegisterFunction function, int start, int count) throws ModbusFailure;

    /** Writes holding registers from {@code start} (function 16, or 6 for one word). */
    void writeRegisters(int start, int[] words) throws ModbusFailure;

    /** Writes one coil (function 5). */
    void writeCoil(int address, boolean value) throws ModbusFailure;

    @Override
    void close();
}
