package org.opencity.childcare.webapp.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in memory, one per key (a token, a user, a client address): each holds up
 * to {@code capacity} writes and refills continuously over {@code period}. Per node:
 * behind a load balancer with several nodes, a client gets up to that many times the
 * limit, which is fine against runaway scripts, the purpose here. Buckets left full are
 * forgotten, so the map only holds recent writers.
 */
final class RateLimiter {

    private static final int SWEEP_EVERY = 1000;

    private final int capacity;

    private final double nanosPerWrite;

    private final Clock clock;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private int calls;

    RateLimiter(int capacity, Duration period, Clock clock) {
        this.capacity = Math.max(1, capacity);
        this.nanosPerWrite = (double) period.toNanos() / this.capacity;
        this.clock = clock;
    }

    /**
     * Takes one write from the key's bucket: zero when allowed, else how many seconds
     * until the next write is allowed (at least one).
     */
    long take(String key) {
        long now = nanos();
        sweepSometimes(now);
        Bucket bucket = this.buckets.computeIfAbsent(key, (k) -> new Bucket(this.capacity, now));
        synchronized (bucket) {
            bucket.refill(now, this.capacity, this.nanosPerWrite);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missing = 1 - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing * this.nanosPerWrite / 1_000_000_000d));
        }
    }

    private long nanos() {
        return Duration.between(java.time.Instant.EPOCH, this.clock.instant()).toNanos();
    }

    private void sweepSometimes(long now) {
        if (++this.calls % SWEEP_EVERY != 0) {
            return;
        }
        this.buckets.entrySet().removeIf((entry) -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill(now, this.capacity, this.nanosPerWrite);
                return entry.getValue().tokens >= this.capacity;
            }
        });
    }

    private static final class Bucket {

        private double tokens;

        private long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int capacity, double nanosPerWrite) {
            if (now > this.updated) {
                this.tokens = Math.min(capacity, this.tokens + (now - this.updated) / nanosPerWrite);
                this.updated = now;
            }
        }

    }

}
