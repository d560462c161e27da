package io.wardwatt.acquisition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The requests one cycle of a device makes: its enabled points grouped per function into the fewest reads.
 * Points are taken in address order; a point joins the open request while the registers skipped to reach it
 * are at most the gap limit and the request stays within the size limit, else it opens the next request.
 * Being greedy over sorted intervals, this gives the fewest requests for the gap rule.
 */
public record ReadPlan(List<ReadRequest> requests) {

    public ReadPlan {
        requests = List.copyOf(requests);
    }

    public static ReadPlan of(DeviceTemplate template, PlanLimits limits) {
        return of(template.enabledPoints(), limits);
    }

    public static ReadPlan of(List<RegisterPoint> points, PlanLimits limits) {
        List<ReadRequest> requests = new ArrayList<>();
        for (RegisterFunction function : RegisterFunction.values()) {
            List<RegisterPoint> ofFunction = points.stream().filter(p -> p.function() == function && p.enabled())
                    .sorted(Comparator.comparingInt(RegisterPoint::address).thenComparingInt(RegisterPoint::lastAddress)).toList();
            group(function, ofFunction, limits, requests);
        }
        return new ReadPlan(requests);
    }

    private static void group(RegisterFunction function, List<RegisterPoint> sorted, PlanLimits limits, List<ReadRequest> out) {
        int max = limits.maxCount(function);
        int gap = limits.maxGap(function);
        List<RegisterPoint> open = new ArrayList<>();
        int start = 0;
        int end = -1;
        for (RegisterPoint p : sorted) {
            boolean fits = !open.isEmpty() && p.address() - end - 1 <= gap && Math.max(end, p.lastAddress()) - start + 1 <= max;
            if (!fits && !open.isEmpty()) {
                out.add(new ReadRequest(function, start, end - start + 1, open));
                open = new ArrayList<>();
            }
            if (open.isEmpty()) {
                start = p.address();
                end = p.lastAddress();
            } else {
                end = Math.max(end, p.lastAddress());
            }
            open.add(p);
        }
        if (!open.isEmpty()) {
            out.add(new ReadRequest(function, start, end - start + 1, open));
        }
    }

    public int requestCount() {
        return requests.size();
    }

    public int pointCount() {
        return requests.stream().mapToInt(r -> r.points().size()).sum();
    }

    /** Registers and bits read per cycle, used or not. */
    public int wordsRead() {
        return requests.stream().mapToInt(ReadRequest::count).sum();
    }
}
