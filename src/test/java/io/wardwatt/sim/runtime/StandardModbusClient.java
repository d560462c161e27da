package io.wardwatt.sim.runtime;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * digitalpetri's Modbus TCP client (neither j2mod nor our code), with the few conversions a field engineer
 * would do by hand: registers as big-endian bytes, 32-bit values high word first unless said otherwise.
 */
final class StandardModbusClient implements AutoCloseable {

    private final ModbusTcpClient client;

    StandardModbusClient(int port) throws ModbusException {
        client = ModbusTcpClient.create(NettyTcpClientTransport.create(cfg -> {
            cfg.hostname = "127.0.0.1";
            cfg.port = port;
            cfg.connectTimeout = Duration.ofSeconds(2);
        }));
        client.connect();
    }

    ByteBuffer input(int address, int count) throws ModbusException {
        return ByteBuffer.wrap(client.readInputRegisters(1, new ReadInputRegistersRequest(address, count)).registers());
    }

    ByteBuffer holding(int address, int count) throws ModbusException {
        return ByteBuffer.wrap(client.readHoldingRegisters(1, new ReadHoldingRegistersRequest(address, count)).registers());
    }

    boolean discreteInput(int address) throws ModbusException {
        return (client.readDiscreteInputs(1, new ReadDiscreteInputsRequest(address, 1)).inputs()[0] & 1) == 1;
    }

    boolean coil(int address) throws ModbusException {
        return (client.readCoils(1, new ReadCoilsRequest(address, 1)).coils()[0] & 1) == 1;
    }

    void writeCoil(int address, boolean value) throws ModbusException {
        client.writeSingleCoil(1, new WriteSingleCoilRequest(address, value));
    }

    void writeRegister(int address, int value) throws ModbusException {
        client.writeSingleRegister(1, new WriteSingleRegisterRequest(address, value));
    }

    void writeRegisters(int address, byte[] values) throws ModbusException {
        client.writeMultipleRegisters(1, new WriteMultipleRegistersRequest(address, values.length / 2, values));
    }

    /** A 32-bit unsigned value sent low word first (CDAB). */
    static long uint32LowWordFirst(ByteBuffer words) {
        int low = words.getShort() & 0xFFFF;
        int high = words.getShort() & 0xFFFF;
        return ((long) high << 16) | low;
    }

    @Override
    public void close() throws ModbusException {
        client.disconnect();
    }
}
