package org.opencity.childcare.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's report about an ad or another member.
 *
 * @param id the repository identifier, random and not guessable
 * @param subjectId the reported ad's or member's identifier
 * @param conversationId for a member reported from a conversation, that conversation
 * @param details what the reporter added, if anything
 * @param taskId the inbox task that asks a webmaster to decide
 * @param note the webmaster's note or reason once decided
 */
public record Report(String id, String reporterId, ReportSubject subject, String subjectId,
        @Nullable String conversationId, ReportReason reason, @Nullable String details, Instant createdAt,
        ReportStatus status, @Nullable String taskId, @Nullable String note) {

    public boolean isOpen() {
        return this.status == ReportStatus.OPEN;
    }

    /** The report decided: {@code status} is no longer open; refuses a decided one. */
    public Report decide(ReportStatus outcome, @Nullable String why) {
        if (!isOpen() || outcome == ReportStatus.OPEN) {
            throw new IllegalStateException(
                    "Report '" + this.id + "' cannot go from " + this.status + " to " + outcome);
        }
        return new Report(this.id, this.reporterId, this.subject, this.subjectId, this.conversationId, this.reason,
                this.details, this.createdAt, outcome, this.taskId, why);
    }

}
