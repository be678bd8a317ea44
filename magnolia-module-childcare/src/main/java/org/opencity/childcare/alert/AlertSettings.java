package org.opencity.childcare.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The city's rules for saved-search alerts, from configuration.
 *
 * @param zone the city's time zone, in which the digest hour is meant
 * @param digestTime when daily digests go out, local time
 * @param lookBack how far before the last check each run looks again for ads that showed
 * up late: longer than a save takes plus the delay with which a cluster node sees
 * another's changes
 */
public record AlertSettings(ZoneId zone, LocalTime digestTime, Duration lookBack) {

    public AlertSettings {
        if (lookBack.isNegative() || lookBack.isZero()) {
            throw new IllegalArgumentException("The look-back must be positive, not " + lookBack);
        }
    }

    /** Digests at 7:30 in the city's zone, a look-back of 15 minutes. */
    public static AlertSettings defaults(ZoneId zone) {
        return new AlertSettings(zone, LocalTime.of(7, 30), Duration.ofMinutes(15));
    }

    /**
     * The latest digest moment at or before {@code now}: today's if its hour has come,
     * yesterday's otherwise. On a day the clocks go forward through the digest hour, the
     * moment is the first one after the gap.
     */
    public Instant lastDigestAt(Instant now) {
        ZonedDateTime local = now.atZone(this.zone);
        ZonedDateTime today = local.toLocalDate().atTime(this.digestTime).atZone(this.zone);
        ZonedDateTime digest = today.isAfter(local)
                ? local.toLocalDate().minusDays(1).atTime(this.digestTime).atZone(this.zone) : today;
        return digest.toInstant();
    }

}
