package io.wardwatt.acquisition.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.server.ProcessImage;
import com.digitalpetri.modbus.server.ReadWriteModbusServices;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import io.wardwatt.acquisition.CycleOutcome;
import io.wardwatt.acquisition.DevicePoller;
import io.wardwatt.acquisition.DeviceState;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.PolledValue;
import io.wardwatt.acquisition.PollerSettings;
import io.wardwatt.acquisition.TemplateCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The poller reads a device served by another Modbus implementation (digitalpetri's Netty server) given only
 * the shipped template: the server's registers are filled with captured words, not with our codec.
 */
class IndependentServerTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());

    private static void words(Map<Integer, byte[]> table, int address, int... words) {
        for (int i = 0; i < words.length; i++) {
            table.put(address + i, new byte[] {(byte) (words[i] >> 8), (byte) words[i]});
        }
    }

    @Test
    void theChillerTemplateReadsADigitalpetriServer() throws Exception {
        ProcessImage image = new ProcessImage();
        image.with(tx -> {
            tx.writeDiscreteInputs(bits -> bits.put(0, true)); // RUN
            tx.writeCoils(bits -> bits.put(0, true)); // ENABLE
            tx.writeInputRegisters(table -> {
                words(table, 0, 0x0311); // LOAD 78.5 %
                words(table, 1, 0x44BE, 0x1000); // KW 1520.5 kW as float32 ABCD
                words(table, 3, 0x00BC, 0x614E); // KWH 12,345,678 * 0.1 = 1,234,567.8 kWh
                words(table, 5, 0x02BC, 0x04B0, 0x0C80, 0x0E74); // CHWST 7.00, CHWRT 12.00, CDWET 32.00, CDWLT 37.00 degC
                words(table, 16, 0x0002); // condenser flow switch made (bit 1)
            });
            tx.writeHoldingRegisters(table -> words(table, 0, 0x02BC)); // CHWST_SP 7.00 degC
        });
        int port = Loopback.freePort();
        ModbusTcpServer server = ModbusTcpServer.create(NettyTcpServerTransport.create(cfg -> {
            cfg.setBindAddress("127.0.0.1");
            cfg.setPort(port);
        }), new ReadWriteModbusServices() {
            @Override
            protected Optional<ProcessImage> getProcessImage(int unitId) {
                return Optional.of(image);
            }
        });
        server.start();
        DeviceTemplate chiller = CATALOG.find("wardwatt-chiller-wc").orElseThrow();
        DevicePoller poller = new DevicePoller(Loopback.device("CH-DP", chiller, port, Duration.ofSeconds(5), Duration.ofSeconds(2)), chiller,
                new J2modConnector(), PollerSettings.DEFAULT, Clock.systemUTC());
        try {
            CycleOutcome outcome = poller.cycle();
            assertEquals(List.of(), outcome.errors());
            assertEquals(DeviceState.OK, outcome.state());
            Map<String, Double> values = new HashMap<>();
            for (PolledValue v : outcome.values()) {
                values.put(v.point().name(), v.value());
            }
            assertEquals(1.0, values.get("RUN"));
            assertEquals(1.0, values.get("ENABLE"));
            assertEquals(78.5, values.get("LOAD"), 1e-9);
            assertEquals(1520.5, values.get("KW"), 1e-9);
            assertEquals(1_234_567.8, values.get("KWH"), 1e-6);
            assertEquals(7.0, values.get("CHWST"), 1e-9);
            assertEquals(12.0, values.get("CHWRT"), 1e-9);
            assertEquals(32.0, values.get("CDWET"), 1e-9);
            assertEquals(37.0, values.get("CDWLT"), 1e-9);
            assertEquals(0.0, values.get("CHW_FLOW_OK"));
            assertEquals(1.0, values.get("CDW_FLOW_OK"));
            assertEquals(7.0, values.get("CHWST_SP"), 1e-9);
            assertEquals(4, outcome.requests()); // coils, discrete inputs, holding 0..1, input 0..16

            // and a set-point write lands in the other implementation's image
            PointWrite.Result result = poller.withConnection(client -> PointWrite.perform(client, chiller.point("CHWST_SP").orElseThrow(), 6.5));
            assertEquals(6.5, result.readBack(), 1e-9);
            byte[] written = image.get(tx -> tx.readHoldingRegisters(table -> table.get(0)));
            assertEquals(650, ((written[0] & 0xFF) << 8) | (written[1] & 0xFF)); // 6.50 degC as int16 x0.01
        } finally {
            poller.close();
            server.stop();
        }
    }
}
