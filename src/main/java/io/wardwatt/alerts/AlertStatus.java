package io.wardwatt.alerts;

/** Where an alert stands: waiting for someone, seen by an engineer, or gone by itself after a re-evaluation. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, CLEARED
}
