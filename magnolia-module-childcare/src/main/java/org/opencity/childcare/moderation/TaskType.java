package org.opencity.childcare.moderation;

/**
 * What a task in the inbox asks a webmaster to look at.
 */
public enum TaskType {

    /** A resident's application to verify. */
    REGISTRATION,

    /** An ad waiting for review before publication. */
    AD_REVIEW,

    /** A member's report about an ad or another member. */
    REPORT

}
