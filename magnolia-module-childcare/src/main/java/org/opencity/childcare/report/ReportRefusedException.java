package org.opencity.childcare.report;

/**
 * A report that cannot be made, for a reason the member is told; each has a text under
 * {@code childcare.report.refused.<NAME>}.
 */
public class ReportRefusedException extends RuntimeException {

    private final Refusal refusal;

    public ReportRefusedException(Refusal refusal) {
        super("Report refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return this.refusal;
    }

    /** Why a report is refused. */
    public enum Refusal {

        /** The reporter's account is not active. */
        NOT_ACTIVE,

        /** The ad is the reporter's own. */
        OWN_AD

    }

}
