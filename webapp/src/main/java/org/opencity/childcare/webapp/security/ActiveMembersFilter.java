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

import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;

/**
 * Checks, at each request of a member, that the member is as stored now: one suspended
 * (or closed, or deleted) since they logged in or created their API token is refused at
 * their very next request, whatever the page or endpoint, without waiting for their
 * session to expire; so is a session opened before the member's password changed (a phone
 * left logged in, someone who had the old password). The check reads the stored member,
 * so it holds on every node of a cluster. The session, if the request came with one, ends
 * there; the chain's {@link Refusal} then answers as its pages do (the login page saying
 * why, or a problem document for the API). Requests of visitors and staff pass untouched.
 */
public final class ActiveMembersFilter extends OncePerRequestFilter {

    private static final Logger logger = LoggerFactory.getLogger(ActiveMembersFilter.class);

    private final AccountService accounts;

    private final Refusal refusal;

    public ActiveMembersFilter(AccountService accounts, Refusal refusal) {
        this.accounts = accounts;
        this.refusal = refusal;
    }

    /** Why a member's request was refused. */
    public enum Reason {

        /** The member was suspended, closed their account, or it was deleted. */
        INACTIVE,
        /** The member's password changed since this session was opened. */
        CREDENTIALS_CHANGED

    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = (authentication != null) ? authentication.getPrincipal() : null;
        if (!(principal instanceof ActingMember member)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Member> stored = this.accounts.findById(member.memberId());
        Reason reason;
        if (stored.isEmpty() || stored.get().status() != MemberStatus.ACTIVE) {
            reason = Reason.INACTIVE;
        }
        else if (principal instanceof MemberPrincipal session
                && !session.credentialsStamp().equals(MemberPrincipal.credentialsStampOf(stored.get()))) {
            reason = Reason.CREDENTIALS_CHANGED;
        }
        else {
            chain.doFilter(request, response);
            return;
        }

        logger.info("Request of member '{}' refused: {}", member.memberId(),
                (reason == Reason.INACTIVE) ? "no longer active" : "session opened before a password change");
        if (principal instanceof MemberPrincipal) {
            EndedSessions.end(request);
        }
        else {
            // A token's request: there is no session to end.
            SecurityContextHolder.clearContext();
        }
        this.refusal.refuse(request, response, reason);
    }

    /** How a chain answers a request it refused. */
    @FunctionalInterface
    public interface Refusal {

        void refuse(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException;

    }

}
