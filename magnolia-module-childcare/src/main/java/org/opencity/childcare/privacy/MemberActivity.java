package org.opencity.childcare.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When an active member was last seen, and where the inactivity procedure stands for
 * them.
 *
 * @param lastSeenAt the last login; for a member who never logged in, when their
 * application was approved (or, failing that, made)
 * @param lastLoginAt the last login, if any was recorded
 * @param warnedAt when the warning mail went out; null if none is pending (a login clears
 * it)
 * @param deletionAt when the account is deleted unless the member logs in first; set with
 * the warning
 */
public record MemberActivity(String memberId, Instant lastSeenAt, @Nullable Instant lastLoginAt,
        @Nullable Instant warnedAt, @Nullable Instant deletionAt) {

    /** Whether a warning is pending: sent, and no login since. */
    public boolean warned() {
        return this.warnedAt != null && !this.lastSeenAt.isAfter(this.warnedAt);
    }

    /** Whether a warning is stored although the member logged in after it. */
    public boolean staleWarning() {
        return this.warnedAt != null && this.lastSeenAt.isAfter(this.warnedAt);
    }

    /**
     * Whether the account is due for deletion at {@code now}: warned, and the date
     * passed.
     */
    public boolean dueForDeletion(Instant now) {
        return warned() && this.deletionAt != null && !now.isBefore(this.deletionAt);
    }

}
