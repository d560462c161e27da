package io.wardwatt.acquisition.runtime;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.PlanLimits;
import io.wardwatt.acquisition.ReadPlan;
import io.wardwatt.acquisition.ReadRequest;
import io.wardwatt.acquisition.RegisterCodec;
import io.wardwatt.acquisition.RegisterFunction;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.acquisition.RegisterType;
import java.net.InetAddress;

/**
 * A j2mod Modbus TCP slave on loopback that serves one template's registers, for the poll benchmark and the
 * poller's tests (the simulated hospital has its own, with physics). Every address a poller may read through
 * (each planned request's whole range) exists and reads 0 until a value is set; other addresses answer
 * "illegal data address". Values are encoded with the template's own types and orders.
 */
public final class TemplateSlave implements AutoCloseable {

    private final DeviceTemplate template;
    private final int unitId;
    private final SimpleProcessImage image;
    private final int port;
    private ModbusSlave slave;

    private TemplateSlave(DeviceTemplate template, int port, int unitId, PlanLimits limits) {
        this.template = template;
        this.unitId = unitId;
        this.port = port;
        this.image = new SimpleProcessImage(unitId);
        for (ReadRequest request : ReadPlan.of(template.points(), limits).requests()) {
            for (int address = request.start(); address <= request.end(); address++) {
                switch (request.function()) {
                    case COIL -> image.addDigitalOut(address, new SimpleDigitalOut(false));
                    case DISCRETE_INPUT -> image.addDigitalIn(address, new SimpleDigitalIn(false));
                    case HOLDING -> image.addRegister(address, new SimpleRegister(0));
                    case INPUT -> image.addInputRegister(address, new SimpleRegister(0));
                }
            }
        }
    }

    /** Serves the template on {@code port} (take a free one from {@code new ServerSocket(0)}). */
    public static TemplateSlave start(DeviceTemplate template, int port, int unitId) {
        TemplateSlave served = new TemplateSlave(template, port, unitId, PlanLimits.DEFAULT);
        served.open();
        return served;
    }

    public int port() {
        return port;
    }

    public DeviceTemplate template() {
        return template;
    }

    /** Sets a point to an engineering value (encoded as the template says). */
    public TemplateSlave set(String pointName, double value) {
        RegisterPoint p = template.point(pointName).orElseThrow(() -> new IllegalArgumentException("no point " + pointName));
        switch (p.function()) {
            case COIL -> image.getDigitalOut(p.address()).set(RegisterCodec.bitOf(p, value));
            case DISCRETE_INPUT -> image.setDigitalIn(p.address(), new SimpleDigitalIn(RegisterCodec.bitOf(p, value)));
            default -> {
                int[] words = p.type() == RegisterType.BOOL && p.bit() != null
                        ? new int[] {RegisterCodec.encodeBit(p, word(p.function(), p.address()), value)}
                        : RegisterCodec.encode(p, value);
                for (int i = 0; i < words.length; i++) {
                    setWord(p.function(), p.address() + i, words[i]);
                }
            }
        }
        return this;
    }

    /** The engineering value the slave holds now (after a write by a master). */
    public double get(String pointName) {
        RegisterPoint p = template.point(pointName).orElseThrow(() -> new IllegalArgumentException("no point " + pointName));
        return switch (p.function()) {
            case COIL -> RegisterCodec.decodeBit(image.getDigitalOut(p.address()).isSet());
            case DISCRETE_INPUT -> RegisterCodec.decodeBit(image.getDigitalIn(p.address()).isSet());
            default -> {
                int[] words = new int[p.width()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = word(p.function(), p.address() + i);
                }
                yield RegisterCodec.decode(p, words);
            }
        };
    }

    /** Starts answering (again, after {@link #stop}) on the same port with the same registers. */
    public synchronized void open() {
        try {
            slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 4, false);
            slave.addProcessImage(unitId, image);
            slave.open();
        } catch (ModbusException e) {
            throw new IllegalStateException("cannot serve " + template.id() + " on port " + port + ": " + e.getMessage(), e);
        }
        awaitListening();
    }

    /**
     * j2mod binds its port on the listener's own thread, after open() returns: wait until it accepts, so that
     * nobody else takes the port in between and a first request does not meet a refused connection.
     */
    private void awaitListening() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try (java.net.Socket probe = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (java.io.IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the slave for " + template.id() + " did not listen on port " + port + " within 5 s");
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for port " + port, e);
                }
            }
        }
    }

    /** Stops answering and drops the connections (a device that goes away). */
    public synchronized void stop() {
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
            slave = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private int word(RegisterFunction function, int address) {
        return function == RegisterFunction.HOLDING ? image.getRegister(address).toUnsignedShort()
                : image.getInputRegister(address).toUnsignedShort();
    }

    private void setWord(RegisterFunction function, int address, int word) {
        if (function == RegisterFunction.HOLDING) {
            image.getRegister(address).setValue(word);
        } else {
            ((SimpleRegister) image.getInputRegister(address)).setValue(word);
        }
    }
}
