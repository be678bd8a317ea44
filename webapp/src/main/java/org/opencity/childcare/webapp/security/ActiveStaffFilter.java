package org.opencity.childcare.webapp.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, at each request of a signed-in staff member, that their account is as stored
 * now: a session of an account disabled since, or opened before the account's password or
 * second factor changed ({@link StaffAccount#sessionVersion()}), ends at that request,
 * whatever the page, and the chain's {@link Refusal} answers. The check reads the stored
 * account, so it holds on every node of a cluster. Requests of visitors, members and
 * half-done logins pass untouched.
 */
public final class ActiveStaffFilter extends OncePerRequestFilter {

    private static final Logger logger = LoggerFactory.getLogger(ActiveStaffFilter.class);

    private final StaffAccounts accounts;

    private final Refusal refusal;

    public ActiveStaffFilter(StaffAccounts accounts, Refusal refusal) {
        this.accounts = accounts;
        this.refusal = refusal;
    }

    /** Why a staff session ended. */
    public enum Reason {

        /** The account was disabled (or no longer exists). */
        DISABLED,
        /** The account's password or second factor changed since the session opened. */
        CREDENTIALS_CHANGED

    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = (authentication != null) ? authentication.getPrincipal() : null;
        if (!(principal instanceof StaffPrincipal staff)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffAccount> stored = this.accounts.find(staff.getUsername());
        Reason reason;
        if (stored.isEmpty() || !stored.get().active()) {
            reason = Reason.DISABLED;
        }
        else if (stored.get().sessionVersion() != staff.account().sessionVersion()) {
            reason = Reason.CREDENTIALS_CHANGED;
        }
        else {
            chain.doFilter(request, response);
            return;
        }

        logger.info("Session of staff account '{}' ended: {}", staff.getUsername(),
                (reason == Reason.DISABLED) ? "account disabled" : "password or second factor changed");
        EndedSessions.end(request);
        this.refusal.refuse(request, response, reason);
    }

    /** How a chain answers a request whose staff session just ended. */
    @FunctionalInterface
    public interface Refusal {

        void refuse(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException;

    }

}
