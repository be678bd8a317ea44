package org.opencity.childcare.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member stands. {@code PENDING → ACTIVE | REJECTED}; {@code ACTIVE ⇄ SUSPENDED};
 * any status except {@code CLOSED} → {@code CLOSED}.
 */
public enum MemberStatus {

    /** Applied; a webmaster has not decided yet. */
    PENDING,

    /** Verified; may log in, post and read ads. */
    ACTIVE,

    /** The application was refused, with a reason. */
    REJECTED,

    /** Temporarily barred by a webmaster. */
    SUSPENDED,

    /** Left the service or was closed; erased after the retention period. */
    CLOSED;

    /** The statuses this one may change to. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACTIVE, REJECTED, CLOSED);
            case ACTIVE -> EnumSet.of(SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(ACTIVE, CLOSED);
            case REJECTED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    /**
     * The target status if this one may change to it; otherwise an
     * {@link IllegalTransitionException}.
     */
    public MemberStatus moveTo(MemberStatus target) {
        if (!next().contains(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

}
