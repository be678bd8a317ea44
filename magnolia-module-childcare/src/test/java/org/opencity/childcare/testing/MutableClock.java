package org.opencity.childcare.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, to see what happens days later without waiting. Safe
 * to read from several threads.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at a fixed, ordinary moment: a Tuesday morning in March 2026. */
    public static MutableClock atTypicalMorning() {
        return new MutableClock(Instant.parse("2026-03-10T09:30:00Z"));
    }

    /** Moves the clock forward (or backward, for a negative amount). */
    public void advance(Duration amount) {
        this.now.updateAndGet((instant) -> instant.plus(amount));
    }

    public void set(Instant instant) {
        this.now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return this.zone;
    }

    /** The same moving time seen from another zone: moving one moves the other. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(this.now, other);
    }

    @Override
    public Instant instant() {
        return this.now.get();
    }

}
