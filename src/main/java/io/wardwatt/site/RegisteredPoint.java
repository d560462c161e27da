package io.wardwatt.site;

/**
 * A stored point with the numeric id the readings pipeline and its clients use ({@link MeasurementPoint#id()}).
 */
public record RegisteredPoint(int id, Point point) {
}
