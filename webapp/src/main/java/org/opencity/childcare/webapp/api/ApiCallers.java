package org.opencity.childcare.webapp.api;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * Who calls: the member behind a token or a session, as stored now (a member suspended or
 * closed since is refused with a 403), or the staff member behind a back-office session.
 */
@Component
class ApiCallers {

    private final AccountService accounts;

    ApiCallers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The calling member, if active; an {@link ApiProblemException} otherwise. */
    Member member(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        String memberId;
        if (principal instanceof ApiTokenPrincipal token) {
            memberId = token.memberId();
        }
        else if (principal instanceof MemberPrincipal member) {
            memberId = member.memberId();
        }
        else {
            throw new ApiProblemException(ProblemKind.FORBIDDEN);
        }
        Member member = this.accounts.findById(memberId)
            .orElseThrow(() -> new ApiProblemException(ProblemKind.ACCOUNT_INACTIVE));
        if (member.status() != MemberStatus.ACTIVE) {
            throw new ApiProblemException(ProblemKind.ACCOUNT_INACTIVE);
        }
        return member;
    }

    /** The calling staff member; an {@link ApiProblemException} for anyone else. */
    StaffPrincipal staff(Authentication authentication) {
        if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return staff;
        }
        throw new ApiProblemException(ProblemKind.FORBIDDEN);
    }

}
