package org.opencity.childcare.listing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an ad stands.
 * {@code DRAFT → PENDING_REVIEW → PUBLISHED → EXPIRED | WITHDRAWN | REJECTED |
 * REMOVED | CLOSED}; an expired ad can be renewed to {@code PUBLISHED} again.
 */
public enum AdStatus {

    /** Being written; seen by its owner only. */
    DRAFT,

    /** Waiting for a webmaster, when pre-moderation is on. */
    PENDING_REVIEW,

    /** In the listings until it expires. */
    PUBLISHED,

    /** Past its 30 days; the owner may renew it. */
    EXPIRED,

    /** Taken down by its owner. */
    WITHDRAWN,

    /** Refused by a webmaster in review. */
    REJECTED,

    /** Taken down by a webmaster, with a reason mailed to the owner. */
    REMOVED,

    /** Closed by its owner, saying whether care was found through the service. */
    CLOSED;

    public Set<AdStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PENDING_REVIEW, PUBLISHED, WITHDRAWN);
            case PENDING_REVIEW -> EnumSet.of(PUBLISHED, REJECTED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(EXPIRED, WITHDRAWN, REMOVED, CLOSED);
            case EXPIRED -> EnumSet.of(PUBLISHED, WITHDRAWN, REMOVED, CLOSED);
            case WITHDRAWN, REJECTED, REMOVED, CLOSED -> EnumSet.noneOf(AdStatus.class);
        };
    }

    /**
     * The target status if this one may change to it; an
     * {@link IllegalAdTransitionException} if not.
     */
    public AdStatus moveTo(AdStatus target) {
        if (!next().contains(target)) {
            throw new IllegalAdTransitionException(this, target);
        }
        return target;
    }

}
