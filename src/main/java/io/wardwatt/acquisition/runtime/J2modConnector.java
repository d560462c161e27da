package io.wardwatt.acquisition.runtime;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import io.wardwatt.acquisition.FailureKind;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusConnector;
import io.wardwatt.acquisition.ModbusEndpoint;
import io.wardwatt.acquisition.ModbusFailure;

/**
 * Opens j2mod TCP masters: one per device, no automatic reconnect (the poller decides when to reopen) and no
 * retries (a retry would hide a slow device and stretch its cycle; the next cycle is the retry).
 */
public final class J2modConnector implements ModbusConnector {

    @Override
    public ModbusClient connect(ModbusEndpoint endpoint) throws ModbusFailure {
        int timeoutMs = (int) Math.max(1, Math.min(Integer.MAX_VALUE, endpoint.timeout().toMillis()));
        ModbusTCPMaster master = new ModbusTCPMaster(endpoint.host(), endpoint.port(), timeoutMs, false, false);
        try {
            master.connect();
            // after connect, which makes the transaction; j2mod reads 0 as "the default, 5 tries" (with random
            // back-out sleeps between them): 1 is one try
            master.setRetries(1);
        } catch (Exception e) {
            master.disconnect();
            throw new ModbusFailure(FailureKind.CONNECT, "cannot connect to " + endpoint + ": " + J2modClient.rootMessage(e), e);
        }
        return new J2modClient(master, endpoint);
    }
}
