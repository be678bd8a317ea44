package org.opencity.childcare.moderation;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One item of the webmasters' inbox.
 *
 * @param subjectId the identifier of what the task is about (a member, an ad, a report)
 */
public record Task(String id, TaskType type, String subjectId, TaskStatus status, Instant createdAt,
        @Nullable String claimedBy, @Nullable Decision decision) {

    public Duration age(Instant now) {
        return Duration.between(this.createdAt, now);
    }

    public boolean isDecided() {
        return this.status == TaskStatus.DECIDED;
    }

}
