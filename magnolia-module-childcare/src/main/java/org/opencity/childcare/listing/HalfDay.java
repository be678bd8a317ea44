package org.opencity.childcare.listing;

import java.time.LocalTime;

/**
 * The parts of a day a schedule is made of.
 */
public enum HalfDay {

    /** Until 12:00. */
    MORNING(LocalTime.MIN, LocalTime.NOON),

    /** 12:00 to 18:00. */
    AFTERNOON(LocalTime.NOON, LocalTime.of(18, 0)),

    /** From 18:00. */
    EVENING(LocalTime.of(18, 0), LocalTime.MAX);

    private final LocalTime start;

    private final LocalTime end;

    HalfDay(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Whether a time range from {@code from} to {@code to} touches this part of the day.
     */
    public boolean overlaps(LocalTime from, LocalTime to) {
        return from.isBefore(this.end) && to.isAfter(this.start);
    }

}
