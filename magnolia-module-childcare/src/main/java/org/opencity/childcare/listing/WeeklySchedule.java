package org.opencity.childcare.listing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The half-days of the week an ad covers, kept as 21 bits (7 days × morning, afternoon,
 * evening): compact enough to compare thousands of ads in a search in microseconds.
 */
public record WeeklySchedule(int bits) {

    public static final WeeklySchedule EMPTY = new WeeklySchedule(0);

    private static final int SLOTS = DayOfWeek.values().length * HalfDay.values().length;

    public WeeklySchedule {
        if (bits < 0 || bits >= (1 << SLOTS)) {
            throw new IllegalArgumentException("A schedule has " + SLOTS + " half-days, not bits " + bits);
        }
    }

    public static WeeklySchedule of(DayOfWeek day, HalfDay... halfDays) {
        WeeklySchedule schedule = EMPTY;
        for (HalfDay halfDay : halfDays) {
            schedule = schedule.with(day, halfDay);
        }
        return schedule;
    }

    /**
     * The half-days a time range on {@code day} touches, such as 16:30–19:00 on Tuesday.
     */
    public static WeeklySchedule ofRange(DayOfWeek day, LocalTime from, LocalTime to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A time range must end after it starts: " + from + "–" + to);
        }
        WeeklySchedule schedule = EMPTY;
        for (HalfDay halfDay : HalfDay.values()) {
            if (halfDay.overlaps(from, to)) {
                schedule = schedule.with(day, halfDay);
            }
        }
        return schedule;
    }

    public WeeklySchedule with(DayOfWeek day, HalfDay halfDay) {
        return new WeeklySchedule(this.bits | bit(day, halfDay));
    }

    public WeeklySchedule union(WeeklySchedule other) {
        return new WeeklySchedule(this.bits | other.bits);
    }

    public boolean contains(DayOfWeek day, HalfDay halfDay) {
        return (this.bits & bit(day, halfDay)) != 0;
    }

    /** Whether every half-day of {@code needed} is covered by this schedule. */
    public boolean covers(WeeklySchedule needed) {
        return (this.bits & needed.bits) == needed.bits;
    }

    /** How many half-days the two schedules have in common. */
    public int overlap(WeeklySchedule other) {
        return Integer.bitCount(this.bits & other.bits);
    }

    public int size() {
        return Integer.bitCount(this.bits);
    }

    public boolean isEmpty() {
        return this.bits == 0;
    }

    /**
     * The half-days, day by day from Monday, for storage and display:
     * {@code MONDAY:MORNING}.
     */
    public List<String> slots() {
        List<String> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (HalfDay halfDay : HalfDay.values()) {
                if (contains(day, halfDay)) {
                    slots.add(day + ":" + halfDay);
                }
            }
        }
        return slots;
    }

    /** The schedule {@link #slots()} describe. */
    public static WeeklySchedule parse(List<String> slots) {
        WeeklySchedule schedule = EMPTY;
        for (String slot : slots) {
            String[] parts = slot.split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("Not a half-day: " + slot);
            }
            schedule = schedule.with(DayOfWeek.valueOf(parts[0]), HalfDay.valueOf(parts[1]));
        }
        return schedule;
    }

    private static int bit(DayOfWeek day, HalfDay halfDay) {
        return 1 << ((day.getValue() - 1) * HalfDay.values().length + halfDay.ordinal());
    }

}
