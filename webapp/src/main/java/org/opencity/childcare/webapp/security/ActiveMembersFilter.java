package org.opencity.childcare.webapp.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.MemberStatus;

/**
 * Checks, at each request of a member, that the member is still active as stored now: one
 * suspended (or closed, or deleted) since they logged in or created their API token is
 * refused at their very next request, whatever the page or endpoint, without waiting for
 * their session to expire. Their session, if the request came with one, ends there; the
 * chain's {@link Refusal} then answers as its pages do (the login page saying the account
 * is suspended, or a problem document for the API). Requests of visitors and staff pass
 * untouched.
 */
public final class ActiveMembersFilter extends OncePerRequestFilter {

    private static final Logger logger = LoggerFactory.getLogger(ActiveMembersFilter.class);

    private final AccountService accounts;

    private final Refusal refusal;

    public ActiveMembersFilter(AccountService accounts, Refusal refusal) {
        this.accounts = accounts;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = (authentication != null) ? authentication.getPrincipal() : null;
        if (!(principal instanceof ActingMember member) || isActive(member.memberId())) {
            chain.doFilter(request, response);
            return;
        }
        logger.info("Request of member '{}', no longer active, refused", member.memberId());
        SecurityContextHolder.clearContext();
        if (principal instanceof MemberPrincipal) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                }
                catch (IllegalStateException ex) {
                    // Ended by another request meanwhile: nothing left to end.
                }
            }
        }
        this.refusal.refuse(request, response);
    }

    private boolean isActive(String memberId) {
        return this.accounts.findById(memberId).filter((found) -> found.status() == MemberStatus.ACTIVE).isPresent();
    }

    /** How a chain answers a request it refused. */
    @FunctionalInterface
    public interface Refusal {

        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

    }

}
