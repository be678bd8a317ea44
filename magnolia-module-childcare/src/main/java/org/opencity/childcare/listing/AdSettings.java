package org.opencity.childcare.listing;

import java.time.Duration;

/**
 * The city's rules for the life of an ad, from configuration.
 *
 * @param lifetime how long a published or renewed ad stays in the listings
 * @param reminderBefore how long before expiry the owner is reminded, with a renewal link
 * @param retention how long an ad out of the listings for good is kept before it is
 * purged, counted from its last change
 * @param preModeration whether new ads wait for a webmaster's review before publication
 * @param renewalLinkValidity how long the reminder's one-click renewal link works
 */
public record AdSettings(Duration lifetime, Duration reminderBefore, Duration retention, boolean preModeration,
        Duration renewalLinkValidity) {

    public AdSettings {
        requirePositive("lifetime", lifetime);
        requirePositive("reminderBefore", reminderBefore);
        requirePositive("retention", retention);
        requirePositive("renewalLinkValidity", renewalLinkValidity);
        if (reminderBefore.compareTo(lifetime) >= 0) {
            throw new IllegalArgumentException(
                    "The reminder (" + reminderBefore + ") must come within the lifetime (" + lifetime + ")");
        }
    }

    /**
     * 30 days in the listings, a reminder 3 days before the end with a link valid 7 days,
     * purge 180 days after the last change, no pre-moderation.
     */
    public static AdSettings defaults() {
        return new AdSettings(Duration.ofDays(30), Duration.ofDays(3), Duration.ofDays(180), false, Duration.ofDays(7));
    }

    /** The same settings with pre-moderation switched on or off. */
    public AdSettings withPreModeration(boolean on) {
        return new AdSettings(this.lifetime, this.reminderBefore, this.retention, on, this.renewalLinkValidity);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

}
