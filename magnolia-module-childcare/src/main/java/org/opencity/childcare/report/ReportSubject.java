package org.opencity.childcare.report;

/**
 * What a report is about.
 */
public enum ReportSubject {

    /** An ad, reported from its page. */
    AD,

    /** A member, reported from a conversation with them. */
    MEMBER

}
