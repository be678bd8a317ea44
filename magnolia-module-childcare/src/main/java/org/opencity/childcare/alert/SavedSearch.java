package org.opencity.childcare.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.listing.search.AdSearchQuery;

/**
 * A member's saved search and where its alerts stand. Immutable: each change returns a
 * new saved search.
 *
 * <p>
 * New ads are found by their publication time. {@code checkedUntil} is the moment the
 * last alert run looked up to; the next run looks again a little before it (the
 * look-back), because an ad saved a moment after its publication time, or on another
 * cluster node, may show up late, and {@code recentlyAnnounced} keeps that second look
 * from announcing an ad twice.
 *
 * @param id the repository identifier, random and not guessable
 * @param memberId the member who saved it
 * @param name what the member called it
 * @param query the filters, as {@link AdSearchQuery#toQueryString()} writes them for the
 * first page
 * @param frequency how often alerts go out
 * @param createdAt when the member saved it
 * @param alertsSince ads published at or before this moment are never announced: when the
 * search was saved, or when its alerts were last resumed
 * @param checkedUntil up to when new ads were looked at
 * @param stoppedAt when its alerts were stopped from a mail's link; null while they go
 * out
 * @param recentlyAnnounced the ads already announced that were published within the
 * look-back before {@code checkedUntil}, with their publication time
 */
public record SavedSearch(String id, String memberId, String name, String query, AlertFrequency frequency,
        Instant createdAt, Instant alertsSince, Instant checkedUntil, @Nullable Instant stoppedAt,
        Map<String, Instant> recentlyAnnounced) {

    public SavedSearch {
        recentlyAnnounced = Map.copyOf(recentlyAnnounced);
    }

    /** The filters, read again from the stored query string. */
    public AdSearchQuery search() {
        return AdSearchQuery.fromQueryString(this.query);
    }

    /** Whether alerts go out; false once stopped from a mail's link. */
    public boolean alertsOn() {
        return this.stoppedAt == null;
    }

    /** Ads published after this moment are new for the next run. */
    public Instant newSince(Duration lookBack) {
        Instant again = this.checkedUntil.minus(lookBack);
        return again.isAfter(this.alertsSince) ? again : this.alertsSince;
    }

    /**
     * The same search with another frequency. Stopped alerts resume, from {@code now}
     * only: ads published while they were stopped are not announced.
     */
    public SavedSearch withFrequency(AlertFrequency next, Instant now) {
        if (alertsOn()) {
            return new SavedSearch(this.id, this.memberId, this.name, this.query, next, this.createdAt,
                    this.alertsSince, this.checkedUntil, null, this.recentlyAnnounced);
        }
        return new SavedSearch(this.id, this.memberId, this.name, this.query, next, this.createdAt, now, now, null,
                Map.of());
    }

    /** The same search with its alerts stopped; unchanged if they already are. */
    public SavedSearch stop(Instant now) {
        if (!alertsOn()) {
            return this;
        }
        return new SavedSearch(this.id, this.memberId, this.name, this.query, this.frequency, this.createdAt,
                this.alertsSince, this.checkedUntil, now, this.recentlyAnnounced);
    }

    /**
     * The same search after an alert run looked up to {@code until}, remembering the ads
     * it announced that may come up again in the next look-back.
     */
    public SavedSearch checked(Instant until, Map<String, Instant> announced) {
        return new SavedSearch(this.id, this.memberId, this.name, this.query, this.frequency, this.createdAt,
                this.alertsSince, until, this.stoppedAt, announced);
    }

}
