package org.opencity.childcare.report;

/**
 * Why a member reports an ad or a member; each has a label under
 * {@code childcare.report.reason.<NAME>}.
 */
public enum ReportReason {

    /** Offensive, discriminatory or otherwise inappropriate content or behaviour. */
    INAPPROPRIATE,

    /** A scam, a fake ad, a request for money or for personal documents. */
    FRAUD,

    /** Nothing to do with childcare (advertising, another service). */
    NOT_CHILDCARE,

    /** Something that may put a child at risk. */
    UNSAFE,

    /** Anything else, explained in the details. */
    OTHER

}
