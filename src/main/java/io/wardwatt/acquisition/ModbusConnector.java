package io.wardwatt.acquisition;

/** Opens connections; the port through which the core reaches a Modbus implementation. */
@FunctionalInterface
public interface ModbusConnector {

    /** @throws ModbusFailure of kind CONNECT when the device cannot be reached */
    ModbusClient connect(ModbusEndpoint endpoint) throws ModbusFailure;
}
