package org.opencity.childcare.report;

/**
 * What a member is about to report, as the report form shows it.
 *
 * @param subjectId the ad's or member's identifier
 * @param label the ad's title, or the member's first name
 * @param alreadyReported whether this member's earlier report about it is still open
 */
public record ReportTarget(ReportSubject subject, String subjectId, String label, boolean alreadyReported) {

}
