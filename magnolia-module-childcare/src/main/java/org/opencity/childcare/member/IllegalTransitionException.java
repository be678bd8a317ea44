package org.opencity.childcare.member;

/**
 * A change of status that the member's current status does not allow.
 */
public class IllegalTransitionException extends IllegalStateException {

    private final MemberStatus from;

    private final MemberStatus to;

    public IllegalTransitionException(MemberStatus from, MemberStatus to) {
        super("A member cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public MemberStatus from() {
        return this.from;
    }

    public MemberStatus to() {
        return this.to;
    }

}
