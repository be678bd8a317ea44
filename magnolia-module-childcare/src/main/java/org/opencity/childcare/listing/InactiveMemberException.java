package org.opencity.childcare.listing;

import org.opencity.childcare.member.MemberStatus;

/**
 * Only an active member may post, edit or renew an ad: not one whose registration is
 * pending, nor a suspended or closed one.
 */
public class InactiveMemberException extends RuntimeException {

    private final MemberStatus status;

    public InactiveMemberException(String memberId, MemberStatus status) {
        super("Member '" + memberId + "' is " + status + ", not active");
        this.status = status;
    }

    public MemberStatus status() {
        return this.status;
    }

}
