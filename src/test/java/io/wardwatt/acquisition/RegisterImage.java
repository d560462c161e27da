package io.wardwatt.acquisition;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Captured register words and bits of one device, addressed as on the wire; unset addresses read 0. Decodes a
 * template the way the poller does: through its read plan, request by request.
 */
final class RegisterImage {

    private final Map<RegisterFunction, TreeMap<Integer, Integer>> words = new EnumMap<>(RegisterFunction.class);
    private final Map<RegisterFunction, TreeMap<Integer, Boolean>> bits = new EnumMap<>(RegisterFunction.class);

    RegisterImage words(RegisterFunction function, int address, int... values) {
        TreeMap<Integer, Integer> table = words.computeIfAbsent(function, f -> new TreeMap<>());
        for (int i = 0; i < values.length; i++) {
            table.put(address + i, values[i]);
        }
        return this;
    }

    RegisterImage bit(RegisterFunction function, int address, boolean value) {
        bits.computeIfAbsent(function, f -> new TreeMap<>()).put(address, value);
        return this;
    }

    Map<String, Double> decode(DeviceTemplate template) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ReadRequest request : ReadPlan.of(template, PlanLimits.DEFAULT).requests()) {
            if (request.function().isBits()) {
                boolean[] answer = new boolean[request.count()];
                for (int i = 0; i < answer.length; i++) {
                    answer[i] = bits.getOrDefault(request.function(), new TreeMap<>()).getOrDefault(request.start() + i, false);
                }
                request.decodeBits(answer).forEach(v -> values.put(v.point().name(), v.value()));
            } else {
                int[] answer = new int[request.count()];
                for (int i = 0; i < answer.length; i++) {
                    answer[i] = words.getOrDefault(request.function(), new TreeMap<>()).getOrDefault(request.start() + i, 0);
                }
                request.decode(answer).forEach(v -> values.put(v.point().name(), v.value()));
            }
        }
        return values;
    }
}
