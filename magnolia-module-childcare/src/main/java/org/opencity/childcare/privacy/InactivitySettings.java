package org.opencity.childcare.privacy;

import java.time.Duration;

/**
 * The city's rule for accounts nobody uses, from configuration.
 *
 * @param inactiveAfter how long without a login before an account is deleted
 * @param warningBefore how long before that deletion the member is warned by mail; the
 * warning always leaves them at least this long to log in
 */
public record InactivitySettings(Duration inactiveAfter, Duration warningBefore) {

    public InactivitySettings {
        if (inactiveAfter.isNegative() || inactiveAfter.isZero()) {
            throw new IllegalArgumentException("inactiveAfter must be positive, not " + inactiveAfter);
        }
        if (warningBefore.isNegative() || warningBefore.isZero()) {
            throw new IllegalArgumentException("warningBefore must be positive, not " + warningBefore);
        }
        if (warningBefore.compareTo(inactiveAfter) >= 0) {
            throw new IllegalArgumentException("The warning (" + warningBefore
                    + ") must come within the inactivity period (" + inactiveAfter + ")");
        }
    }

    /** Two years without a login, a warning 30 days before the deletion. */
    public static InactivitySettings defaults() {
        return new InactivitySettings(Duration.ofDays(730), Duration.ofDays(30));
    }

    /** How long without a login before the warning goes out. */
    public Duration warnAfter() {
        return this.inactiveAfter.minus(this.warningBefore);
    }

}
