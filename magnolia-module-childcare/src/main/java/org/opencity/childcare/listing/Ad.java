package org.opencity.childcare.listing;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An ad and its life: published for a fixed lifetime (30 days by default), renewable, and
 * out of the listings the moment it expires, whether or not the expiry job has run yet.
 * Immutable: each change returns a new ad and refuses what the status does not allow.
 *
 * @param id the repository identifier, random and not guessable
 * @param ownerId the member who posted it
 * @param foundCare when closed: whether the owner found care through the service
 * @param reason why a webmaster removed or rejected it
 * @param ownerSuspended whether its owner is suspended: the ad then stays out of the
 * listings whatever its status, and comes back as it was when the owner is reactivated
 */
public record Ad(String id, String ownerId, AdStatus status, AdContent content, Instant createdAt,
        @Nullable Instant publishedAt, @Nullable Instant expiresAt, @Nullable Boolean foundCare,
        @Nullable String reason, boolean ownerSuspended) {

    /** An ad whose owner is not suspended. */
    public Ad(String id, String ownerId, AdStatus status, AdContent content, Instant createdAt,
            @Nullable Instant publishedAt, @Nullable Instant expiresAt, @Nullable Boolean foundCare,
            @Nullable String reason) {
        this(id, ownerId, status, content, createdAt, publishedAt, expiresAt, foundCare, reason, false);
    }

    /**
     * Whether the ad is in the listings at {@code now}: {@linkplain #isListable()
     * listable} and not past its expiry.
     */
    public boolean isListedAt(Instant now) {
        return isListable() && this.expiresAt != null && now.isBefore(this.expiresAt);
    }

    /**
     * Whether the ad belongs in the listings, its expiry aside (the search index checks
     * that at each search): published, with its dates, by an owner who is not suspended.
     * The one rule of what other members may find.
     */
    public boolean isListable() {
        return this.status == AdStatus.PUBLISHED && this.publishedAt != null && this.expiresAt != null
                && !this.ownerSuspended;
    }

    /**
     * Whether the ad's time is up at {@code now}, even if its status still says
     * published.
     */
    public boolean isDueToExpire(Instant now) {
        return this.status == AdStatus.PUBLISHED && this.expiresAt != null && !now.isBefore(this.expiresAt);
    }

    public Ad submitForReview() {
        return with(this.status.moveTo(AdStatus.PENDING_REVIEW), this.publishedAt, this.expiresAt);
    }

    public Ad publish(Instant now, Duration lifetime) {
        return with(this.status.moveTo(AdStatus.PUBLISHED), now, now.plus(lifetime));
    }

    /** Starts a new lifetime from now, for a published or an expired ad. */
    public Ad renew(Instant now, Duration lifetime) {
        if (this.status == AdStatus.PUBLISHED) {
            return with(AdStatus.PUBLISHED, this.publishedAt, now.plus(lifetime));
        }
        return with(this.status.moveTo(AdStatus.PUBLISHED), this.publishedAt, now.plus(lifetime));
    }

    /**
     * Marks a published ad whose time is up as expired; refuses one still within its
     * lifetime.
     */
    public Ad expire(Instant now) {
        if (!isDueToExpire(now)) {
            throw new IllegalStateException("Ad '" + this.id + "' is not due to expire at " + now);
        }
        return with(AdStatus.EXPIRED, this.publishedAt, this.expiresAt);
    }

    public Ad withdraw() {
        return with(this.status.moveTo(AdStatus.WITHDRAWN), this.publishedAt, this.expiresAt);
    }

    public Ad close(boolean careFound) {
        return new Ad(this.id, this.ownerId, this.status.moveTo(AdStatus.CLOSED), this.content, this.createdAt,
                this.publishedAt, this.expiresAt, careFound, this.reason, this.ownerSuspended);
    }

    public Ad remove(String why) {
        return new Ad(this.id, this.ownerId, this.status.moveTo(AdStatus.REMOVED), this.content, this.createdAt,
                this.publishedAt, this.expiresAt, this.foundCare, why, this.ownerSuspended);
    }

    public Ad reject(String why) {
        return new Ad(this.id, this.ownerId, this.status.moveTo(AdStatus.REJECTED), this.content, this.createdAt,
                this.publishedAt, this.expiresAt, this.foundCare, why, this.ownerSuspended);
    }

    /** The same ad with new content, in the same status and lifetime. */
    public Ad withContent(AdContent newContent) {
        return new Ad(this.id, this.ownerId, this.status, newContent, this.createdAt, this.publishedAt, this.expiresAt,
                this.foundCare, this.reason, this.ownerSuspended);
    }

    /**
     * The same ad, hidden from the listings while its owner is suspended, or back as it
     * was; its status and lifetime do not change.
     */
    public Ad withOwnerSuspended(boolean suspended) {
        return new Ad(this.id, this.ownerId, this.status, this.content, this.createdAt, this.publishedAt,
                this.expiresAt, this.foundCare, this.reason, suspended);
    }

    private Ad with(AdStatus next, @Nullable Instant published, @Nullable Instant expires) {
        return new Ad(this.id, this.ownerId, next, this.content, this.createdAt, published, expires, this.foundCare,
                this.reason, this.ownerSuspended);
    }

}
