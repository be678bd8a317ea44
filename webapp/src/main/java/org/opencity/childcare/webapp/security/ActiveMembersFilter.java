package org.opencity.childcare.webapp.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;

/**
 * The members' {@link StoredAccountFilter}: a member suspended (or closed, or deleted)
 * since they logged in or created their API token is refused; so is a session opened
 * before the member's password changed (a phone left logged in, someone who had the old
 * password), which {@link MemberPrincipal#credentialsStamp()} tells. Requests of visitors
 * and staff pass untouched.
 */
public final class ActiveMembersFilter extends StoredAccountFilter {

    private static final Logger logger = LoggerFactory.getLogger(ActiveMembersFilter.class);

    private final AccountService accounts;

    public ActiveMembersFilter(AccountService accounts, Refusal refusal) {
        super(refusal);
        this.accounts = accounts;
    }

    @Override
    @Nullable Reason refusalFor(Object principal) {
        if (!(principal instanceof ActingMember member)) {
            return null;
        }
        Optional<Member> stored = this.accounts.findById(member.memberId());
        if (stored.isEmpty() || stored.get().status() != MemberStatus.ACTIVE) {
            logger.info("Request of member '{}' refused: no longer active", member.memberId());
            return Reason.INACTIVE;
        }
        if (principal instanceof MemberPrincipal session
                && !session.credentialsStamp().equals(MemberPrincipal.credentialsStampOf(stored.get()))) {
            logger.info("Request of member '{}' refused: session opened before a password change", member.memberId());
            return Reason.CREDENTIALS_CHANGED;
        }
        return null;
    }

    /** A token's request has no session to end. */
    @Override
    boolean inSession(Object principal) {
        return principal instanceof MemberPrincipal;
    }

}
