package io.wardwatt.alerts;

/** How urgent an alert is: INFO to read, WARNING to look into this week, CRITICAL to act on today. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
