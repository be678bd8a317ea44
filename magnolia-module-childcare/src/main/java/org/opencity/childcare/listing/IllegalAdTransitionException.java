package org.opencity.childcare.listing;

/**
 * A change of status that the ad's current status does not allow.
 */
public class IllegalAdTransitionException extends IllegalStateException {

    private final AdStatus from;

    private final AdStatus to;

    public IllegalAdTransitionException(AdStatus from, AdStatus to) {
        super("An ad cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public AdStatus from() {
        return this.from;
    }

    public AdStatus to() {
        return this.to;
    }

}
