package org.opencity.childcare.report;

/**
 * The member already reported this ad or member, and that report is still open.
 */
public class AlreadyReportedException extends RuntimeException {

    public AlreadyReportedException(String subjectId) {
        super("An open report about '" + subjectId + "' by the same member exists");
    }

}
