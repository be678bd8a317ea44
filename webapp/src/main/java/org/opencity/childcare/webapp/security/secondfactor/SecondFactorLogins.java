package org.opencity.childcare.webapp.security.secondfactor;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import org.opencity.childcare.webapp.security.SecurityConfiguration;
import org.opencity.childcare.webapp.security.SignedInSessions;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * The two halves of a staff login. After the password, the session holds a
 * {@link PendingSecondFactor} and the browser goes to the code page (or, for an account
 * not enrolled yet, to the enrolment page); after the code, the session gets a new id and
 * the full login, and the browser goes where it was going before the login page.
 */
@Component
public class SecondFactorLogins {

    public static final String CODE_PAGE = SecurityConfiguration.BACKOFFICE_LOGIN + "/code";

    public static final String ENROLMENT_PAGE = SecurityConfiguration.BACKOFFICE_LOGIN + "/activation";

    private static final Logger logger = LoggerFactory.getLogger(SecondFactorLogins.class);

    private final SecondFactors factors;

    private final Clock clock;

    private final SignedInSessions sessions;

    /**
     * Where a completed login goes: the page asked for before it, or the back-office
     * home.
     */
    private final SavedRequestAwareAuthenticationSuccessHandler destination;

    public SecondFactorLogins(SecondFactors factors, SignedInSessions sessions, Clock clock) {
        this.factors = factors;
        this.sessions = sessions;
        this.clock = clock;
        this.destination = new SavedRequestAwareAuthenticationSuccessHandler();
        this.destination.setDefaultTargetUrl(SecurityConfiguration.BACKOFFICE);
    }

    /** Ends the password step: the session now waits for the code. */
    public AuthenticationSuccessHandler afterPassword() {
        return (request, response, authentication) -> {
            StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
            this.sessions.keep(new PendingSecondFactor(staff, this.clock.instant()), request, response);
            String next = this.factors.enrolled(staff.getUsername()) ? CODE_PAGE : ENROLMENT_PAGE;
            response.sendRedirect(request.getContextPath() + next);
        };
    }

    /**
     * Refused back-office pages: a half-done login is sent back to its second step,
     * anyone else gets the usual refusal.
     */
    public AccessDeniedHandler refusals(AccessDeniedHandler otherwise) {
        return (request, response, denied) -> {
            if (pending() != null) {
                response.sendRedirect(request.getContextPath() + CODE_PAGE);
                return;
            }
            otherwise.handle(request, response, denied);
        };
    }

    /** The half-done login of this request, if it has one and it has not lapsed. */
    public @Nullable PendingSecondFactor pending() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PendingSecondFactor pending && !pending.expiredAt(this.clock.instant())) {
            return pending;
        }
        return null;
    }

    /** Whether this request carries a half-done login that took too long. */
    public boolean lapsed() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof PendingSecondFactor pending && pending.expiredAt(this.clock.instant());
    }

    /** Forgets a half-done login, so that the person starts again from the password. */
    public void abandon(HttpServletRequest request, HttpServletResponse response) {
        this.sessions.keep(null, request, response);
    }

    /** Completes the login, under a new session id. */
    public void signIn(PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
        this.sessions.signIn(pending.staff(), request, response);
        logger.info("staff login completed with the second factor");
    }

    /**
     * Sends a signed-in browser where it was going before the login page, or to the
     * back-office home.
     */
    public void sendOn(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        this.destination.onAuthenticationSuccess(request, response,
                SecurityContextHolder.getContext().getAuthentication());
    }

}
