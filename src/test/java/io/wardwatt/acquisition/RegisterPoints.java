package io.wardwatt.acquisition;

import io.wardwatt.site.PointKind;

/** Register points for core tests, built in code. */
final class RegisterPoints {

    private RegisterPoints() {
    }

    static RegisterPoint value(RegisterType type, WordOrder words, ByteOrder bytes, double scale, double offset) {
        return new RegisterPoint("P", "", RegisterFunction.HOLDING, 100, type, scale, offset, "kW", PointKind.VALUE, null, null, true, null,
                words, bytes, false, null, null, null, null, true);
    }

    static RegisterPoint abcd(RegisterType type, double scale) {
        return value(type, WordOrder.BIG, ByteOrder.BIG, scale, 0);
    }

    static RegisterPoint bit(int bit) {
        return new RegisterPoint("B" + bit, "", RegisterFunction.HOLDING, 7, RegisterType.BOOL, 1, 0, "-", PointKind.VALUE, null, null, true,
                bit, WordOrder.BIG, ByteOrder.BIG, false, null, null, null, null, true);
    }

    static RegisterPoint at(String name, RegisterFunction function, int address, RegisterType type) {
        return new RegisterPoint(name, "", function, address, type, 1, 0, "kW", PointKind.VALUE, null, null, false, null, WordOrder.BIG,
                ByteOrder.BIG, false, null, null, null, null, true);
    }
}
