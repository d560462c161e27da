package io.wardwatt.forecast.calendar;

/** What kind of day a date is for a building's occupants. */
public enum DayType {
    WORKING_DAY,
    WEEKEND,
    HOLIDAY,
    /** A weekend day worked in exchange for a longer holiday (调休): occupants behave as on a working day. */
    MAKE_UP_WORKING_DAY;

    /** Whether the building is used as on a working day. */
    public boolean isWorking() {
        return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY;
    }
}
