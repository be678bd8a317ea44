package org.opencity.childcare.webapp.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.privacy.InactiveAccounts;

/**
 * Records each successful member login, from which the retention of inactive accounts
 * counts; a login also cancels a pending warning that the account will be deleted. Staff
 * logins are not members' and are left out.
 */
@Component
class MemberLogins {

    private static final Logger logger = LoggerFactory.getLogger(MemberLogins.class);

    private final InactiveAccounts accounts;

    MemberLogins(InactiveAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof MemberPrincipal member)) {
            return;
        }
        try {
            this.accounts.recordLogin(member.memberId());
        }
        catch (RepositoryFailure ex) {
            // The member is logged in all the same; the inactivity period counts from an
            // older login until the next one is recorded.
            logger.warn("Login of member '{}' could not be recorded", member.memberId(), ex);
        }
    }

}
