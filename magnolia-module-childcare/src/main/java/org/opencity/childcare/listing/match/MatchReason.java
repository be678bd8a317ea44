package org.opencity.childcare.listing.match;

/**
 * One reason two ads fit, with the number its text shows where it has one.
 *
 * @param kind what fits
 * @param count the half-days in common for {@link Kind#HALF_DAYS_IN_COMMON}; 0 otherwise
 */
public record MatchReason(Kind kind, int count) {

    public static MatchReason of(Kind kind) {
        return new MatchReason(kind, 0);
    }

    /** What fits, each with the bundle key of its text. */
    public enum Kind {

        SAME_NEIGHBOURHOOD("childcare.match.reason.sameNeighbourhood"),

        ADJACENT_NEIGHBOURHOOD("childcare.match.reason.adjacentNeighbourhood"),

        /** The text takes the count as {@code {0}}. */
        HALF_DAYS_IN_COMMON("childcare.match.reason.halfDaysInCommon"),

        CLOSE_AGES("childcare.match.reason.closeAges"),

        HOSTING_AGREED("childcare.match.reason.hostingAgreed"),

        CLOSE_START_DATES("childcare.match.reason.closeStartDates");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return this.messageKey;
        }

    }

}
