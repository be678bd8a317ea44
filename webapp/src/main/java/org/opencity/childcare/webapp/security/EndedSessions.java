package org.opencity.childcare.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ends the session a request came with, when the filters find it no longer matches the
 * stored account: the request goes on as anonymous, and the session is gone for good.
 */
final class EndedSessions {

    private EndedSessions() {
    }

    static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
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

}
