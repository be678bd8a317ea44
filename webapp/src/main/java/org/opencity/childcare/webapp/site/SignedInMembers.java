package org.opencity.childcare.webapp.site;

import org.springframework.stereotype.Component;

import org.opencity.childcare.listing.InactiveMemberException;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.webapp.security.MemberPrincipal;

/**
 * The member behind a session, as stored now: a member suspended or closed since logging
 * in is refused at their next page (see {@link SiteExceptionsAdvice}).
 */
@Component
public class SignedInMembers {

    private final AccountService accounts;

    SignedInMembers(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * The signed-in member if still active; an {@link InactiveMemberException} otherwise.
     */
    public Member active(MemberPrincipal principal) {
        Member member = this.accounts.findById(principal.memberId())
            .orElseThrow(() -> new InactiveMemberException(principal.memberId(), MemberStatus.CLOSED));
        if (member.status() != MemberStatus.ACTIVE) {
            throw new InactiveMemberException(member.id(), member.status());
        }
        return member;
    }

}
