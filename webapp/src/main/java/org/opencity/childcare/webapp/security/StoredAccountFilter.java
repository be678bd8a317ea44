package org.opencity.childcare.webapp.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, at each request of a signed-in person, that their account is as stored now,
 * rather than as it was when they logged in: an account made inactive since, or whose
 * credentials changed since, is refused at its very next request, whatever the page or
 * endpoint. The check reads the stored account, so it holds on every node of a cluster.
 * The request's session, if it came with one, ends there; the chain's {@link Refusal}
 * then answers as its pages do (a login page saying why, or a problem document for the
 * API).
 */
public abstract class StoredAccountFilter extends OncePerRequestFilter {

    private final Refusal refusal;

    StoredAccountFilter(Refusal refusal) {
        this.refusal = refusal;
    }

    /** Why a request was refused and its session ended. */
    public enum Reason {

        /** The account was suspended, disabled, closed or deleted. */
        INACTIVE,
        /** The account's credentials changed since the session was opened. */
        CREDENTIALS_CHANGED

    }

    /** How a chain answers a request it refused. */
    @FunctionalInterface
    public interface Refusal {

        void refuse(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException;

    }

    /**
     * Why the request of {@code principal} must be refused, comparing it with the stored
     * account; null to let it through, as for the principals this filter does not check.
     */
    abstract @Nullable Reason refusalFor(Object principal);

    /** Whether the principal lives in a session, which then ends. */
    boolean inSession(Object principal) {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = (authentication != null) ? authentication.getPrincipal() : null;
        Reason reason = (principal != null) ? refusalFor(principal) : null;
        if (reason == null) {
            chain.doFilter(request, response);
            return;
        }

        SecurityContextHolder.clearContext();
        HttpSession session = inSession(principal) ? request.getSession(false) : null;
        if (session != null) {
            try {
                session.invalidate();
            }
            catch (IllegalStateException ex) {
                // Ended by another request meanwhile: nothing left to end.
            }
        }
        this.refusal.refuse(request, response, reason);
    }

}
