package org.opencity.childcare.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.Task;

/**
 * Everything a webmaster needs to decide a report.
 *
 * @param reporter who reported, unless their account is gone
 * @param ad the reported ad, for a report about an ad that still exists
 * @param reported the reported member, or the reported ad's owner
 * @param history the report's audit trail, oldest first
 */
public record ReportCase(Task task, Report report, @Nullable Member reporter, @Nullable Ad ad,
        @Nullable Member reported, List<AuditEntry> history) {

    public ReportCase {
        history = List.copyOf(history);
    }

}
