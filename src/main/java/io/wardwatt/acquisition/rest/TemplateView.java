package io.wardwatt.acquisition.rest;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.PlanLimits;
import io.wardwatt.acquisition.ReadPlan;
import io.wardwatt.acquisition.ReadRequest;
import io.wardwatt.acquisition.RegisterPoint;
import java.util.List;
import java.util.Locale;

/** A template in the API: the register map, and the requests one cycle makes with the default grouping. */
public record TemplateView(String id, String description, String manufacturer, String model, String deviceKind, String source,
                           List<PointView> points, List<String> requests) {

    /** One point of the map, as written in the template format. */
    public record PointView(String name, String description, String function, int address, String type, String wordOrder,
                            String byteOrder, Integer bit, double scale, double offset, String unit, String kind, Double rollover,
                            String carrier, boolean writable, Double min, Double max, boolean mustChange, String mustChangeWhile,
                            String staleAfter) {

        static PointView of(RegisterPoint p) {
            return new PointView(p.name(), p.description(), p.function().label(), p.address(), p.type().label(), p.wordOrder().label(),
                    p.byteOrder().label(), p.bit(), p.scale(), p.offset(), p.unit(), p.kind().name().toLowerCase(Locale.ROOT), p.rollover(),
                    p.carrier() == null ? null : p.carrier().code(), p.writable(), p.min(), p.max(), p.mustChange(), p.mustChangeWhile(),
                    p.staleAfter() == null ? null : p.staleAfter().toString());
        }
    }

    /** The list entry: what the template is, without its points. */
    public record Summary(String id, String description, String manufacturer, String model, String deviceKind, int points,
                          int requestsPerCycle, String source) {

        static Summary of(DeviceTemplate t) {
            return new Summary(t.id(), t.description(), t.manufacturer(), t.model(), t.deviceKind(), t.points().size(),
                    ReadPlan.of(t, PlanLimits.DEFAULT).requestCount(), t.source());
        }
    }

    static TemplateView of(DeviceTemplate t) {
        return new TemplateView(t.id(), t.description(), t.manufacturer(), t.model(), t.deviceKind(), t.source(),
                t.points().stream().map(PointView::of).toList(),
                ReadPlan.of(t, PlanLimits.DEFAULT).requests().stream().map(ReadRequest::toString).toList());
    }
}
