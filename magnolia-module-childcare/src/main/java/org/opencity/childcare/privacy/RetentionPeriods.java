package org.opencity.childcare.privacy;

import java.time.Duration;

import org.opencity.childcare.listing.AdSettings;

/**
 * How long the service keeps each kind of personal data, from the same settings its jobs
 * apply, so that the privacy notice, which shows these values, says what the jobs do.
 *
 * @param ads an ad's time in the listings and how long it is kept once out of them
 * @param accounts when an account nobody logs in to is deleted, and its warning
 * @param conversations how long a conversation without a new message is kept
 */
public record RetentionPeriods(AdSettings ads, InactivitySettings accounts, Duration conversations) {

    public RetentionPeriods {
        if (conversations.isNegative() || conversations.isZero()) {
            throw new IllegalArgumentException("conversations must be positive, not " + conversations);
        }
    }

}
