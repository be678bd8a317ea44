package org.opencity.childcare.member;

import java.time.Instant;

/**
 * A new e-mail address a member asked for, waiting for the link sent to it to be opened.
 *
 * @param email the new address, as it will be stored
 * @param requestedAt when the member asked
 * @param expiresAt when the confirmation link stops working; the request is void then
 */
public record PendingEmailChange(String email, Instant requestedAt, Instant expiresAt) {

    /** Whether the request can still be confirmed at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return now.isBefore(this.expiresAt);
    }

}
