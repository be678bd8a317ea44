package org.opencity.childcare.report;

/**
 * Where a report stands: waiting in the inbox, or decided one way or the other.
 */
public enum ReportStatus {

    /** Waiting for a webmaster. */
    OPEN,

    /** Looked at and closed without action. */
    DISMISSED,

    /** The reported ad was taken down. */
    AD_REMOVED

}
